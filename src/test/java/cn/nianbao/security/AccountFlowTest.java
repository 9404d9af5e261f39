package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.account.AccountRefused;
import cn.nianbao.account.AccountService;
import cn.nianbao.account.ApiTokens;
import cn.nianbao.account.NewAccount;
import cn.nianbao.account.Role;
import cn.nianbao.account.TestAccounts;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts as people use them: through the login form, the account page and the admin page, over real HTTP. */
class AccountFlowTest extends WebTestBase {
    private static final Pattern NEW_TOKEN = Pattern.compile("<code class=\"token\">(nbt_[A-Za-z0-9_-]+)</code>");

    @Test
    void theFirstAdminChangesTheInitialPasswordThenCreatesAReviewerWhoLogsIn() {
        WebSession admin = browser();
        HttpResponse<String> login = admin.login("admin", FIRST_ADMIN_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="))
                .allMatch(c -> c.contains("HttpOnly") && c.contains("SameSite=Lax"));

        // Every page leads to the change-password page, and the API refuses, until the password is changed.
        for (String page : List.of("/", "/account", "/admin/accounts", "/reports")) {
            assertRedirect(admin.get(page), "/account/password");
        }
        assertThat(admin.get("/account/password").body()).contains("修改密码").contains("请先设一个只有你知道的新密码");
        assertThat(api("GET", "/api/reports", basic("admin", FIRST_ADMIN_PASSWORD)).statusCode()).isEqualTo(403);

        assertRedirect(admin.submit("/account/password", Map.of("current", "wrong-password",
                "password", "admin-own-password", "repeat", "admin-own-password")), "/account/password");
        assertThat(admin.get("/account/password").body()).contains("当前密码不对");
        assertRedirect(admin.submit("/account/password", Map.of("current", FIRST_ADMIN_PASSWORD,
                "password", "admin-own-password", "repeat", "admin-own-password")), "/account");
        assertThat(admin.get("/account").body()).contains("密码已修改").contains("账户管理");
        assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/reports", basic("admin", "admin-own-password")).statusCode()).isEqualTo(200);

        assertRedirect(admin.submit("/admin/accounts", Map.of("username", "zhang.san", "displayName", "张三",
                "role", "reviewer", "password", "zhang-initial", "temporary", "true")), "/admin/accounts");
        String list = admin.get("/admin/accounts").body();
        assertThat(list).contains("已创建账户 zhang.san").contains("张三").contains("须修改密码");

        WebSession reviewer = loggedIn("Zhang.San", "zhang-initial");
        assertRedirect(reviewer.get("/account"), "/account/password");
        assertRedirect(reviewer.submit("/account/password", Map.of("current", "zhang-initial",
                "password", "zhang-own-password", "repeat", "zhang-own-password")), "/account");
        String page = reviewer.get("/account").body();
        assertThat(page).contains("张三").contains("审核员").doesNotContain("账户管理");
        assertThat(reviewer.get("/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(reviewer.submit("/admin/accounts", Map.of("username", "intruder", "role", "admin",
                "password", "intruder-password")).statusCode()).isEqualTo(403);
        assertThat(service.getBean(AccountService.class).find("intruder")).isEmpty();

        // The admin disables the reviewer: the open session ends at its next request.
        assertRedirect(admin.submit("/admin/accounts/zhang.san/enabled", Map.of("enabled", "false")),
                "/admin/accounts");
        assertRedirect(reviewer.get("/account"), "/login");
        assertThat(reviewer.login("zhang.san", "zhang-own-password").headers().firstValue("Location").orElse(""))
                .endsWith("/login?error");

        // Enabled again with a password the admin reset: back to the change-password page.
        admin.submit("/admin/accounts/zhang.san/enabled", Map.of("enabled", "true"));
        admin.submit("/admin/accounts/zhang.san/password", Map.of("password", "zhang-reset-1"));
        WebSession again = loggedIn("zhang.san", "zhang-reset-1");
        assertRedirect(again.get("/account"), "/account/password");
    }

    @Test
    void aNewTokenIsShownOnceWithACurlExampleAndStoredOnlyAsItsHash() {
        WebSession reviewer = loggedIn(accounts().reviewer(), TestAccounts.PASSWORD);
        assertRedirect(reviewer.submit("/account/tokens", Map.of("label", "收件脚本")), "/account");
        String page = reviewer.get("/account").body();
        Matcher shown = NEW_TOKEN.matcher(page);
        assertThat(shown.find()).as(page).isTrue();
        String token = shown.group(1);
        assertThat(page).contains("curl -H &quot;Authorization: Bearer " + token
                + "&quot; -F file=@报告.docx http://127.0.0.1:" + port + "/api/reports");
        assertThat(reviewer.get("/account").body()).doesNotContain(token).contains("收件脚本");

        assertThat(api("GET", "/api/reports", bearer(token)).statusCode()).isEqualTo(200);
        JdbcTemplate db = service.getBean(JdbcTemplate.class);
        List<Map<String, Object>> rows = db.queryForList("SELECT * FROM api_token WHERE label = '收件脚本'");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("token_hash")).isEqualTo(ApiTokens.hash(token));
        assertThat(rows.get(0).values()).noneMatch(value -> String.valueOf(value).contains(token.substring(4)));
        assertThat(rows.get(0).get("last_used_at")).as("noted when used").isNotNull();

        String id = rows.get(0).get("id").toString();
        assertRedirect(reviewer.submit("/account/tokens/" + id + "/revoke", Map.of()), "/account");
        assertThat(api("GET", "/api/reports", bearer(token)).statusCode()).isEqualTo(401);
    }

    @Test
    void passwordsAreStoredAsHashesThatVerify() {
        String reviewer = accounts().reviewer();
        String stored = service.getBean(JdbcTemplate.class).queryForObject(
                "SELECT password_hash FROM account WHERE username = ?", String.class, reviewer);

        assertThat(stored).isNotEqualTo(TestAccounts.PASSWORD).doesNotContain(TestAccounts.PASSWORD)
                .startsWith("{bcrypt}$2");
        assertThat(service.getBean(PasswordEncoder.class).matches(TestAccounts.PASSWORD, stored)).isTrue();
        assertThat(service.getBean(PasswordEncoder.class).matches("another-password", stored)).isFalse();
    }

    @Test
    void onlyAnAdminCreatesAccountsAndThePolicyHolds() {
        AccountService service = this.service.getBean(AccountService.class);
        String reviewer = accounts().reviewer();
        String admin = accounts().admin();

        assertThatThrownBy(() -> service.create(reviewer,
                new NewAccount("by-reviewer", "", Role.ADMIN, "long-enough", false)))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("管理员");
        assertThatThrownBy(() -> service.create(admin, new NewAccount("short", "", Role.REVIEWER, "1234567", false)))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("8");
        assertThatThrownBy(() -> service.create(admin,
                new NewAccount("Bad Name!", "", Role.REVIEWER, "long-enough", false)))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("用户名");
        assertThatThrownBy(() -> service.create(admin, new NewAccount(reviewer, "", Role.REVIEWER, "long-enough", false)))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("已有人用");
        assertThatThrownBy(() -> service.setEnabled(admin, admin, false))
                .isInstanceOf(AccountRefused.class);
        assertThatThrownBy(() -> service.changePassword(reviewer, TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("相同");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        WebSession reviewer = loggedIn(accounts().reviewer(), TestAccounts.PASSWORD);
        for (HttpResponse<String> page : List.of(browser().get("/login"), reviewer.get("/account"))) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("default-src 'self'").contains("script-src 'self'").contains("style-src 'self'")
                    .contains("img-src 'self' data:").contains("frame-ancestors 'none'");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=");
        }
    }

    @Test
    void logoutEndsTheSession() {
        WebSession reviewer = loggedIn(accounts().reviewer(), TestAccounts.PASSWORD);
        assertThat(reviewer.get("/account").body()).contains(TestAccounts.REVIEWER).contains("退出登录");

        assertRedirect(reviewer.submit("/logout", Map.of()), "/login?logout");
        assertRedirect(reviewer.get("/account"), "/login");
    }

    @Test
    void aWrongPasswordShowsTheLoginPageAgainWithoutSayingWhichPartWasWrong() {
        WebSession visitor = browser();
        assertRedirect(visitor.login(accounts().reviewer(), "not-the-password"), "/login?error");
        String page = visitor.get("/login?error").body();
        assertThat(page).contains("用户名或密码不对");
        assertRedirect(visitor.login("no-such-user", "not-the-password"), "/login?error");
    }

    private static void assertRedirect(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith(path);
    }
}

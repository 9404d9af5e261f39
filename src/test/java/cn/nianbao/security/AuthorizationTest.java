package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.account.AccountService;
import cn.nianbao.account.ApiTokens;
import cn.nianbao.account.IssuedToken;
import cn.nianbao.account.NewAccount;
import cn.nianbao.account.Role;
import cn.nianbao.account.TestAccounts;
import cn.nianbao.api.ServiceClient;
import cn.nianbao.security.Routes.Route;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * No page or API that changes data works without the right role, checked on every route the running service
 * maps: a route added later is covered by these tests as it is. A route that must be open to anyone has to be
 * listed in {@link #PUBLIC}.
 */
class AuthorizationTest extends WebTestBase {
    /** The only routes anyone may use without logging in (all GET: nothing public changes data). */
    private static final Set<String> PUBLIC = Set.of("GET /login", "GET /actuator/health",
            "GET /actuator/health/**", "GET /actuator/prometheus", "GET /v3/api-docs");

    private Routes routes() {
        Routes routes = Routes.of(service);
        assertThat(routes.all()).as("the service's routes were found")
                .contains(new Route("POST", "/api/reports"), new Route("POST", "/admin/accounts"));
        return routes;
    }

    @Test
    void everyRouteThatChangesDataRefusesAnAnonymousCaller() {
        WebSession anonymous = browser();
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes().changing()) {
            softly.assertThat(route.toString()).as("public routes only read").isNotIn(PUBLIC);
            if (route.api()) {
                assertApiRefused(softly, route, api(route.method(), route.path(), null));
            } else {
                // Without a CSRF token the CSRF filter refuses; with one, the login rule must.
                HttpResponse<String> noToken = anonymous.request(route.method(), route.path(), false);
                softly.assertThat(noToken.statusCode()).as(route + " without CSRF token").isIn(302, 401, 403);
                assertRedirectedToLogin(softly, route, anonymous.request(route.method(), route.path(), true));
            }
        }
        softly.assertAll();
    }

    @Test
    void everyApiRouteNeedsATokenOrAPassword() {
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes().all()) {
            if (route.api()) {
                assertApiRefused(softly, route, api(route.method(), route.path(), null));
                assertApiRefused(softly, route, api(route.method(), route.path(), bearer("nbt_not-a-token")));
                assertApiRefused(softly, route, api(route.method(), route.path(), basic("nobody", "wrong-password")));
            }
        }
        softly.assertAll();
    }

    @Test
    void everyPageButThePublicOnesSendsAnAnonymousVisitorToTheLoginPage() {
        WebSession anonymous = browser();
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes().all()) {
            if (route.get() && !route.api()) {
                HttpResponse<String> response = anonymous.get(route.path());
                if (PUBLIC.contains(route.toString())) {
                    softly.assertThat(response.statusCode()).as(route.toString()).isNotIn(302, 401, 403);
                } else {
                    assertRedirectedToLogin(softly, route, response);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void adminPagesAreForbiddenToAReviewer() {
        WebSession reviewer = loggedIn(accounts().reviewer(), TestAccounts.PASSWORD);
        SoftAssertions softly = new SoftAssertions();
        List<Route> admin = routes().all().stream().filter(Route::admin).toList();
        assertThat(admin).isNotEmpty();
        for (Route route : admin) {
            softly.assertThat(reviewer.request(route.method(), route.path(), !route.get()).statusCode())
                    .as(route.toString()).isEqualTo(403);
        }
        softly.assertAll();
    }

    @Test
    void aPagePostWithoutTheCsrfTokenIsForbiddenEvenToAnAdmin() {
        WebSession admin = loggedIn(accounts().admin(), TestAccounts.PASSWORD);
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes().changing()) {
            if (!route.api()) {
                softly.assertThat(admin.request(route.method(), route.path(), false).statusCode())
                        .as(route.toString()).isEqualTo(403);
            }
        }
        softly.assertAll();
        assertThat(admin.post("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.get("/account").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void aSessionCookieNeverAuthenticatesAnApiCall() {
        WebSession reviewer = loggedIn(accounts().reviewer(), TestAccounts.PASSWORD);
        assertThat(reviewer.get("/account").statusCode()).isEqualTo(200);
        assertThat(reviewer.get("/api/reports").statusCode()).isEqualTo(401);
        assertThat(reviewer.request("POST", "/api/reports", true).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOrAPasswordOpensTheApiUntilTheTokenIsRevokedOrTheAccountDisabled() {
        AccountService service = this.service.getBean(AccountService.class);
        service.create(AccountService.FIRST_ADMIN,
                new NewAccount("script-owner", "脚本", Role.REVIEWER, "script-password", false));
        ApiTokens tokens = this.service.getBean(ApiTokens.class);
        IssuedToken kept = tokens.issue("script-owner", "kept");
        IssuedToken revoked = tokens.issue("script-owner", "revoked");

        assertThat(api("GET", "/api/reports", bearer(kept.token())).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/reports", bearer(revoked.token())).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/reports", basic("script-owner", "script-password")).statusCode()).isEqualTo(200);

        assertThat(tokens.revoke("script-owner", revoked.info().id())).isTrue();
        assertApiRefused(revoked.token());
        assertThat(api("GET", "/api/reports", bearer(kept.token())).statusCode()).isEqualTo(200);

        service.setEnabled(AccountService.FIRST_ADMIN, "script-owner", false);
        assertApiRefused(kept.token());
        HttpResponse<String> basic = api("GET", "/api/reports", basic("script-owner", "script-password"));
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void anAccountThatMustChangeItsPasswordGetsA403FromTheApiSayingSo() {
        AccountService service = this.service.getBean(AccountService.class);
        service.create(AccountService.FIRST_ADMIN,
                new NewAccount("new-hire", "新同事", Role.REVIEWER, "temporary-pw", true));
        HttpResponse<String> response = api("GET", "/api/reports", basic("new-hire", "temporary-pw"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(ServiceClient.json(response.body()).path("error").asText()).isEqualTo("password_change_required");
        assertThat(ServiceClient.json(response.body()).path("message").asText()).contains("修改密码");
    }

    private void assertApiRefused(String token) {
        HttpResponse<String> response = api("GET", "/api/reports", bearer(token));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ServiceClient.json(response.body()).path("error").asText()).isEqualTo("unauthorized");
    }

    private static void assertApiRefused(SoftAssertions softly, Route route, HttpResponse<String> response) {
        softly.assertThat(response.statusCode()).as(route.toString()).isEqualTo(401);
        softly.assertThat(response.headers().allValues("WWW-Authenticate")).as(route + " challenges")
                .anyMatch(v -> v.startsWith("Bearer")).anyMatch(v -> v.startsWith("Basic"));
        softly.assertThat(response.body()).as(route + " answers the API's JSON error")
                .contains("\"status\":401").contains("\"error\":\"unauthorized\"");
    }

    private static void assertRedirectedToLogin(SoftAssertions softly, Route route, HttpResponse<String> response) {
        softly.assertThat(response.statusCode()).as(route.toString()).isEqualTo(302);
        softly.assertThat(response.headers().firstValue("Location").orElse("")).as(route.toString())
                .endsWith("/login");
    }
}

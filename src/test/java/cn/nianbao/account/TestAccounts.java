package cn.nianbao.account;

import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The accounts tests use against a running service: {@code test-reviewer} and {@code test-admin}, password
 * {@link #PASSWORD}, created on first use through {@link AccountService} (the first admin as the actor) with a
 * password that need not be changed, so that they can log in (form or Basic) and call the API at once.
 */
public final class TestAccounts {
    public static final String REVIEWER = "test-reviewer";
    public static final String ADMIN = "test-admin";
    public static final String PASSWORD = "test-password-1";

    private final AccountService accounts;
    private final ApiTokens tokens;

    private TestAccounts(AccountService accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** In a service started in this JVM. */
    public static TestAccounts of(ApplicationContext service) {
        return new TestAccounts(service.getBean(AccountService.class), service.getBean(ApiTokens.class));
    }

    /** Straight on a service's database (a service in a child process, once it has started). */
    public static TestAccounts of(DataSource database) {
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(database);
        AccountStore store = new AccountStore(jdbc);
        return new TestAccounts(new AccountService(store, PasswordEncoderFactories.createDelegatingPasswordEncoder()),
                new ApiTokens(new ApiTokenStore(jdbc), store));
    }

    /** The reviewer's username, after making sure the account exists. */
    public String reviewer() {
        return ensure(REVIEWER, Role.REVIEWER);
    }

    /** The admin's username, after making sure the account exists. */
    public String admin() {
        return ensure(ADMIN, Role.ADMIN);
    }

    /** A new API token of the test reviewer. */
    public String reviewerToken() {
        return tokens.issue(reviewer(), "test").token();
    }

    private synchronized String ensure(String username, Role role) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(AccountService.FIRST_ADMIN,
                    new NewAccount(username, "测试" + role.label(), role, PASSWORD, false));
        }
        return username;
    }
}

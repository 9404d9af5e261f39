package cn.nianbao.account;

import cn.nianbao.config.NianbaoProperties;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first start (no account at all) creates the account {@code admin}, with the password of
 * {@code nianbao.admin.initial-password} (NIANBAO_ADMIN_PASSWORD) or else a random one, to be changed at the
 * first login. {@link #firstLogin} tells once how to log in; StartupNotice prints it beside the address.
 */
@Component
public class InitialAdmin implements ApplicationRunner {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int RANDOM_LENGTH = 16;

    /** How to log in the first time; {@code password} is null when it came from the settings (not printed). */
    public record FirstLogin(String username, String password) {
    }

    private final AccountService accounts;
    private final String configured;
    private volatile FirstLogin created;

    public InitialAdmin(AccountService accounts, NianbaoProperties properties) {
        this.accounts = accounts;
        this.configured = properties.admin().initialPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean fromSettings = !configured.isEmpty();
        String password = fromSettings ? configured : randomPassword();
        try {
            if (accounts.createFirstAdmin(password)) {
                created = new FirstLogin(AccountService.FIRST_ADMIN, fromSettings ? null : password);
            }
        } catch (AccountRefused e) {
            throw new IllegalStateException("NIANBAO_ADMIN_PASSWORD (nianbao.admin.initial-password): "
                    + e.getMessage(), e);
        }
    }

    /** The first admin this start created, once; empty on every later call and whenever accounts existed. */
    public synchronized Optional<FirstLogin> firstLogin() {
        Optional<FirstLogin> once = Optional.ofNullable(created);
        created = null;
        return once;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

package cn.nianbao.account;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account for Spring Security. Its name is the username, which other code takes as the actor
 * ({@code Principal.getName()}). While the password must be changed, it holds no role at all, only
 * {@link #PASSWORD_CHANGE_REQUIRED}: every rule that asks for a role refuses it, whichever page or API it is.
 */
public class AccountUser extends User {
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final String displayName;

    private AccountUser(Account account, String passwordHash) {
        super(account.username(), passwordHash, account.enabled(), true, true, true, authorities(account));
        this.displayName = account.displayName();
    }

    /** For a password login: carries the hash that the password is checked against. */
    public static AccountUser withPassword(Account account, String passwordHash) {
        return new AccountUser(account, passwordHash);
    }

    /** For a token, or a session whose account is read again: no password involved. */
    public static AccountUser of(Account account) {
        return new AccountUser(account, "");
    }

    /** Whether this signed-in account must change its password before anything else. */
    public static boolean mustChangePassword(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    public String getDisplayName() {
        return displayName;
    }

    private static List<GrantedAuthority> authorities(Account account) {
        List<String> names = account.mustChangePassword() ? List.of(PASSWORD_CHANGE_REQUIRED)
                : account.role().authorities();
        return names.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }
}

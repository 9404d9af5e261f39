package cn.nianbao.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Accounts: an admin creates them, resets passwords and disables them; everyone changes their own password.
 * The admin checks here repeat the pages' URL rules on purpose, so that no other caller can skip them.
 */
@Service
public class AccountService {
    /** The account the first start creates. */
    public static final String FIRST_ADMIN = "admin";
    private static final int MAX_DISPLAY_NAME = 100;

    private final AccountStore store;
    private final PasswordEncoder encoder;

    public AccountService(AccountStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    public Optional<Account> find(String username) {
        return store.find(Usernames.normalize(username));
    }

    public List<Account> accounts() {
        return store.all();
    }

    /** Creates an account; {@code actor} must be an enabled admin. */
    public Account create(String actor, NewAccount request) {
        requireAdmin(actor);
        if (request.role() == null) {
            throw new AccountRefused("请选择角色。");
        }
        String username = Usernames.checked(request.username());
        Account account = new Account(username, displayName(request.displayName(), username), request.role(), true,
                request.temporaryPassword(), Instant.now(), Usernames.normalize(actor));
        try {
            store.insert(account, encoder.encode(PasswordPolicy.checked(request.password())));
        } catch (DuplicateKeyException e) {
            throw new AccountRefused("用户名 " + username + " 已有人用。");
        }
        return account;
    }

    /**
     * Creates the first admin when there is no account at all, with a password that must be changed at the first
     * login. False when accounts exist, also when another instance on the same database made it first.
     */
    public boolean createFirstAdmin(String password) {
        if (!store.isEmpty()) {
            return false;
        }
        Account admin = new Account(FIRST_ADMIN, "管理员", Role.ADMIN, true, true, Instant.now(), null);
        try {
            store.insert(admin, encoder.encode(PasswordPolicy.checked(password)));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** One's own password: the current one must be right, and the new one different from it. */
    public void changePassword(String username, String current, String next) {
        String name = Usernames.normalize(username);
        String hash = store.passwordHash(name).orElseThrow(() -> new AccountRefused("没有这个账户：" + name));
        if (current == null || !encoder.matches(current, hash)) {
            throw new AccountRefused("当前密码不对。");
        }
        if (PasswordPolicy.checked(next).equals(current)) {
            throw new AccountRefused("新密码不能与当前密码相同。");
        }
        store.setPassword(name, encoder.encode(next), false);
    }

    /** An admin sets someone's password; they must change it at their next login. */
    public void resetPassword(String actor, String username, String password) {
        requireAdmin(actor);
        String name = Usernames.normalize(username);
        if (!store.setPassword(name, encoder.encode(PasswordPolicy.checked(password)), true)) {
            throw new AccountRefused("没有这个账户：" + name);
        }
    }

    /** An admin enables or disables an account, never their own (so that one admin always remains). */
    public void setEnabled(String actor, String username, boolean enabled) {
        requireAdmin(actor);
        String name = Usernames.normalize(username);
        if (!enabled && name.equals(Usernames.normalize(actor))) {
            throw new AccountRefused("不能停用自己的账户。");
        }
        if (!store.setEnabled(name, enabled)) {
            throw new AccountRefused("没有这个账户：" + name);
        }
    }

    private void requireAdmin(String actor) {
        boolean admin = store.find(Usernames.normalize(actor))
                .filter(a -> a.enabled() && a.role() == Role.ADMIN).isPresent();
        if (!admin) {
            throw new AccountRefused("只有管理员可以管理账户。");
        }
    }

    private static String displayName(String displayName, String username) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (name.length() > MAX_DISPLAY_NAME) {
            throw new AccountRefused("姓名最多 " + MAX_DISPLAY_NAME + " 个字符。");
        }
        return name;
    }
}

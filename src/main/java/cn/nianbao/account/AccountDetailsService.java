package cn.nianbao.account;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Accounts for Spring Security's password check (form login and HTTP Basic); usernames ignore case. */
@Component
public class AccountDetailsService implements UserDetailsService {
    private final AccountStore store;

    public AccountDetailsService(AccountStore store) {
        this.store = store;
    }

    @Override
    public AccountUser loadUserByUsername(String username) {
        String name = Usernames.normalize(username);
        return store.find(name).flatMap(account -> store.passwordHash(name)
                        .map(hash -> AccountUser.withPassword(account, hash)))
                .orElseThrow(() -> new UsernameNotFoundException("no account " + name));
    }

    /** The account as it is now, if it still exists and is enabled (for sessions, read again on each request). */
    public Optional<AccountUser> current(String username) {
        return store.find(Usernames.normalize(username)).filter(Account::enabled).map(AccountUser::of);
    }
}

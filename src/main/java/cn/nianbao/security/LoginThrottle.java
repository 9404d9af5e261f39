package cn.nianbao.security;

import cn.nianbao.account.Usernames;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Slows password guessing, per username (whether it exists or not, so that it tells nothing): after
 * {@value #FREE_FAILURES} wrong passwords in a row, one more try a minute. Per instance, in memory.
 */
final class LoginThrottle implements AuthenticationProvider {
    static final int FREE_FAILURES = 5;
    static final Duration PAUSE = Duration.ofMinutes(1);
    /** Names remembered at most; past it the memory starts again (a flood of made-up names cannot fill it). */
    private static final int MAX_NAMES = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final AuthenticationProvider passwords;
    private final Supplier<Instant> clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(AuthenticationProvider passwords, Supplier<Instant> clock) {
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = Usernames.normalize(attempt.getName());
        Failures before = failures.get(name);
        Instant now = clock.get();
        if (before != null && before.count() >= FREE_FAILURES && now.isBefore(before.last().plus(PAUSE))) {
            throw new LockedException("登录失败次数过多，请 1 分钟后再试。");
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            failures.remove(name);
            return result;
        } catch (BadCredentialsException e) {
            if (failures.size() >= MAX_NAMES) {
                failures.clear();
            }
            failures.merge(name, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}

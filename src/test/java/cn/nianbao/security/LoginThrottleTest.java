package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Five wrong passwords for a name, then one try a minute for it; a right one clears the count. */
class LoginThrottleTest {
    private static final String RIGHT = "right-password";

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Passwords(), () -> now);

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAMinute() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThatThrownBy(() -> throttle.authenticate(attempt("li", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> throttle.authenticate(attempt("li", RIGHT))).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> throttle.authenticate(attempt(" LI ", RIGHT))).isInstanceOf(LockedException.class);
        assertThat(throttle.authenticate(attempt("wang", RIGHT)).isAuthenticated()).as("other names").isTrue();

        now = now.plus(LoginThrottle.PAUSE).plusSeconds(1);
        assertThatThrownBy(() -> throttle.authenticate(attempt("li", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> throttle.authenticate(attempt("li", RIGHT))).as("locked again by that failure")
                .isInstanceOf(LockedException.class);

        now = now.plus(Duration.ofMinutes(2));
        assertThat(throttle.authenticate(attempt("li", RIGHT)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> throttle.authenticate(attempt("li", "wrong"))).as("the count starts again")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(throttle.authenticate(attempt("li", RIGHT)).isAuthenticated()).isTrue();
    }

    private static Authentication attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    /** Every name has the password {@link #RIGHT}. */
    private static final class Passwords implements AuthenticationProvider {
        @Override
        public Authentication authenticate(Authentication attempt) {
            if (!RIGHT.equals(attempt.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }
}

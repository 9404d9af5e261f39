package cn.nianbao.config;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waits of the {@code test-delay} settings (0 in use): they hold a job or a review save at a known point so
 * that a crash test can kill the service there. The log line tells the test that the point is reached.
 */
public final class CrashTestDelay {
    private static final Logger LOG = LoggerFactory.getLogger(CrashTestDelay.class);

    private CrashTestDelay() {
    }

    /** Waits {@code delay} (nothing when 0); {@code what} names the point in the log, e.g. the setting. */
    public static void pause(Duration delay, String what) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        LOG.warn("FOR TESTS ONLY: holding for {} at {}", delay, what);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting (" + what + ")", e);
        }
    }
}

package cn.nianbao.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings ({@code nianbao.*} in application.yml; environment variables such as
 * NIANBAO_DATA_DIR and NIANBAO_INBOX override them).
 *
 * @param dataDir where the embedded database lives
 * @param inbox folders watched for reports (recursive); outcomes are moved to processed/ and failed/ in each
 */
@ConfigurationProperties("nianbao")
public record NianbaoProperties(Path dataDir, List<Path> inbox, @DefaultValue Inbox inboxWatch,
                                @DefaultValue Jobs jobs, @DefaultValue Limits limits, @DefaultValue Admin admin,
                                @DefaultValue Review review) {

    public NianbaoProperties {
        inbox = inbox == null ? List.of() : List.copyOf(inbox);
    }

    /**
     * @param pollInterval how often the inbox folders are walked; a file is taken once its size is the same
     *                     on two walks in a row
     * @param maxTracked   how many not-yet-taken files are remembered between walks (the walk stops there)
     */
    public record Inbox(@DefaultValue("true") boolean enabled, @DefaultValue("2s") Duration pollInterval,
                        @DefaultValue("1000") int maxTracked) {
    }

    /**
     * @param threads    documents extracted at once on this instance
     * @param queueLimit queued and processing reports above which uploads get 503
     * @param maxRetries attempts after a job failed with an exception (a file that cannot be read is not retried)
     * @param heartbeatInterval   how often a running job's instance tells the database it is alive
     * @param missedHeartbeatsLimit after this many missed heartbeats (at least 4) a job counts as dead (its instance died) and
     *                            another instance runs it again
     * @param instanceName        this instance's name in db-scheduler's {@code picked_by}; empty: the host name
     * @param testDelay           FOR CRASH TESTS ONLY: how long a worker waits after marking a report processing and
     *                            before extracting, so that a test can kill it in the middle of a job. Always 0
     *                            (the default) in use.
     */
    public record Jobs(@DefaultValue("true") boolean enabled, @DefaultValue("2") int threads,
                       @DefaultValue("1000") int queueLimit, @DefaultValue("3") int maxRetries,
                       @DefaultValue("10s") Duration retryBackoff, @DefaultValue("1s") Duration pollInterval,
                       @DefaultValue("30s") Duration heartbeatInterval, @DefaultValue("6") int missedHeartbeatsLimit,
                       @DefaultValue("60") int retryAfterSeconds, @DefaultValue("") String instanceName,
                       @DefaultValue("0s") Duration testDelay) {
    }

    /** Per document, as the command line's NIANBAO_MAX_PAGES, NIANBAO_TIME_LIMIT_SECONDS and NIANBAO_MAX_TEXT_MB. */
    public record Limits(@DefaultValue("200") int maxPages, @DefaultValue("300s") Duration timeLimit,
                         @DefaultValue("10") int maxTextMb) {
    }

    /**
     * @param initialPassword the password of the account {@code admin} that the first start creates
     *                        (NIANBAO_ADMIN_PASSWORD); empty: a random one, printed once. Either must be changed at
     *                        the first login.
     */
    public record Admin(@DefaultValue("") String initialPassword) {
    }

    /**
     * @param testDelay FOR CRASH TESTS ONLY: how long a reviewer's change waits inside its transaction, after every
     *                  write and before the commit, so that a test can kill the service in the middle of a save.
     *                  Always 0 (the default) in use.
     */
    public record Review(@DefaultValue("0s") Duration testDelay) {
    }
}

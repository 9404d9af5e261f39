package cn.nianbao.store;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Where the reports of one batch stand.
 *
 * @param source upload or inbox
 * @param counts reports of the batch by status (every status present, zero or not)
 */
public record BatchProgress(UUID id, String source, String createdBy, Instant createdAt,
                            Map<ReportStatus, Long> counts) {

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(ReportStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long queued() {
        return count(ReportStatus.QUEUED);
    }

    public long processing() {
        return count(ReportStatus.PROCESSING);
    }

    public long failed() {
        return count(ReportStatus.FAILED);
    }

    /** Reports with an outcome other than failed. */
    public long done() {
        return total() - count(ReportStatus.QUEUED) - count(ReportStatus.PROCESSING) - count(ReportStatus.FAILED);
    }

    public boolean finished() {
        return count(ReportStatus.QUEUED) + count(ReportStatus.PROCESSING) == 0;
    }
}

package cn.nianbao.api;

import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Gauges from the database (so they agree across instances): {@code nianbao_queue_length} (queued +
 * processing) and {@code nianbao_reports{status=…}}. Counted once per second at most.
 */
@Component
public class ReportMetrics {
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final ReportStore store;
    private Map<ReportStatus, Long> counts = Map.of();
    private Instant countedAt = Instant.MIN;

    public ReportMetrics(ReportStore store, MeterRegistry registry) {
        this.store = store;
        Gauge.builder("nianbao.queue.length", this, m -> m.count(ReportStatus.QUEUED) + m.count(ReportStatus.PROCESSING))
                .description("reports waiting for or in extraction").register(registry);
        for (ReportStatus status : ReportStatus.values()) {
            Gauge.builder("nianbao.reports", this, m -> m.count(status)).tag("status", status.id())
                    .description("reports by status").register(registry);
        }
    }

    private synchronized double count(ReportStatus status) {
        if (Instant.now().isAfter(countedAt.plus(FRESH))) {
            counts = store.countByStatus();
            countedAt = Instant.now();
        }
        return counts.getOrDefault(status, 0L);
    }
}

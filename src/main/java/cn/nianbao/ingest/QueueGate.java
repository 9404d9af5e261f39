package cn.nianbao.ingest;

import cn.nianbao.config.NianbaoProperties;
import cn.nianbao.store.ReportStore;
import org.springframework.stereotype.Component;

/** Refuses new work while the queue (queued + processing reports, in the database) is at its limit. */
@Component
public class QueueGate {
    private final ReportStore store;
    private final NianbaoProperties.Jobs jobs;

    public QueueGate(ReportStore store, NianbaoProperties properties) {
        this.store = store;
        this.jobs = properties.jobs();
    }

    /** How many more reports the queue takes now (one count of the database). */
    public long room() {
        return Math.max(0, jobs.queueLimit() - store.countActive());
    }

    /** Throws {@link QueueFullException} when the queue is at its limit. */
    public void check() {
        long queued = store.countActive();
        if (queued >= jobs.queueLimit()) {
            throw new QueueFullException(queued, jobs.retryAfterSeconds());
        }
    }
}

package cn.nianbao.ingest;

import cn.nianbao.config.NianbaoProperties;
import cn.nianbao.store.ReportStore;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/** Refuses new work while the queue (queued + processing reports, in the database) is at its limit. */
@Component
public class QueueGate {
    private final ReportStore store;
    private final NianbaoProperties.Jobs jobs;
    private final ReentrantLock admitting = new ReentrantLock();

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

    /**
     * Runs a new report's intake (its insert, committed when this returns) only while the queue has room. The count
     * and the insert are one step for this instance: a burst of uploads checked at once would otherwise all see the
     * same count and overfill the queue (a burst of 200 against a limit of 50 let 146 in). Instances sharing a
     * database can still each let one in at the same moment.
     */
    public void admit(Runnable intake) {
        admitting.lock();
        try {
            check();
            intake.run();
        } finally {
            admitting.unlock();
        }
    }
}

package cn.nianbao.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/** Starts db-scheduler with the application (when jobs are enabled) and stops it before the database closes. */
public class SchedulerLifecycle implements SmartLifecycle {
    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean running;

    SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
        this.scheduler = scheduler;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        if (enabled) {
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        if (enabled) {
            scheduler.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

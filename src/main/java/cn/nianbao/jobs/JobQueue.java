package cn.nianbao.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Puts a report's extraction in the queue (once: the task instance is the report id). */
@Component
public class JobQueue {
    private final SchedulerClient client;
    private final OneTimeTask<Void> task;

    public JobQueue(SchedulerClient client, OneTimeTask<Void> task) {
        this.client = client;
        this.task = task;
    }

    public void enqueue(UUID reportId) {
        client.scheduleIfNotExists(task.instance(reportId.toString()), Instant.now());
    }
}

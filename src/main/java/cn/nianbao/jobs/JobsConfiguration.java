package cn.nianbao.jobs;

import cn.nianbao.config.NianbaoProperties;
import cn.nianbao.extract.FormatDetector;
import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.pipeline.Limits;
import cn.nianbao.store.AuditStore;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extraction as db-scheduler jobs: one one-time task per report (instance id = report id), retried with
 * back-off after an exception, revived when the instance running it stopped sending heartbeats.
 */
@Configuration(proxyBeanMethods = false)
public class JobsConfiguration {
    static final String TASK_NAME = "extract-report";
    private static final Logger LOG = LoggerFactory.getLogger(JobsConfiguration.class);

    /** One detector for the intake (media type of what arrives) and the pipeline. */
    @Bean
    FormatDetector formatDetector() {
        return new FormatDetector();
    }

    @Bean
    ExtractionPipeline extractionPipeline(NianbaoProperties properties, FormatDetector detector) {
        NianbaoProperties.Limits limits = properties.limits();
        return ExtractionPipeline.standard(new Limits(limits.maxPages(), limits.timeLimit(),
                Limits.megabytes(limits.maxTextMb())), detector);
    }

    @Bean
    OneTimeTask<Void> extractTask(ExtractionWorker worker, ReportStore store, AuditStore audit,
                                  TransactionTemplate transaction, NianbaoProperties properties) {
        NianbaoProperties.Jobs jobs = properties.jobs();
        FailureHandler<Void> retries = FailureHandler.<Void>maxRetries(jobs.maxRetries())
                .withBackoff(jobs.retryBackoff())
                .thenRemove(complete -> {
                    UUID id = UUID.fromString(complete.getExecution().taskInstance.getId());
                    String cause = complete.getCause().map(Throwable::toString).orElse("unknown");
                    LOG.error("report {} failed {} times, giving up: {}", id, jobs.maxRetries() + 1, cause);
                    String error = "处理失败：重试 " + jobs.maxRetries() + " 次后仍出错，已停止。";
                    transaction.executeWithoutResult(status -> {
                        store.markFailed(id, error);
                        audit.statusChanged(id, ExtractionWorker.SYSTEM, ReportStatus.PROCESSING.id(),
                                ReportStatus.FAILED.id(), error);
                    });
                });
        return Tasks.oneTime(TASK_NAME)
                .onFailure(retries)
                .onDeadExecutionRevive()
                .execute((instance, context) -> worker.process(UUID.fromString(instance.getId())));
    }

    /** Scheduling joins the caller's transaction, so a report row and its job are stored together. */
    @Bean
    SchedulerClient schedulerClient(DataSource dataSource, OneTimeTask<Void> extractTask) {
        DataSource transactional = new TransactionAwareDataSourceProxy(dataSource);
        return SchedulerClient.Builder.create(transactional, extractTask)
                .jdbcCustomization(SchedulerJdbc.customization(transactional)).build();
    }

    @Bean
    SchedulerLifecycle schedulerLifecycle(DataSource dataSource, OneTimeTask<Void> extractTask,
                                          NianbaoProperties properties) {
        NianbaoProperties.Jobs jobs = properties.jobs();
        DataSource transactional = new TransactionAwareDataSourceProxy(dataSource);
        // The columns are TIMESTAMP WITH TIME ZONE; instants are written in UTC on every database.
        SchedulerBuilder builder = Scheduler.create(transactional, extractTask)
                .jdbcCustomization(SchedulerJdbc.customization(transactional))
                .threads(jobs.threads())
                .pollingInterval(jobs.pollInterval())
                .heartbeatInterval(jobs.heartbeatInterval())
                .missedHeartbeatsLimit(jobs.missedHeartbeatsLimit())
                .shutdownMaxWait(Duration.ofSeconds(5))
                .enableImmediateExecution();
        if (!jobs.instanceName().isBlank()) {
            builder.schedulerName(new SchedulerName.Fixed(jobs.instanceName()));
        }
        Scheduler scheduler = builder.build();
        return new SchedulerLifecycle(scheduler, jobs.enabled());
    }
}

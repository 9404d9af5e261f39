package cn.nianbao.jobs;

import cn.nianbao.config.CrashTestDelay;
import cn.nianbao.config.NianbaoProperties;
import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.store.AuditStore;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import cn.nianbao.store.StoredFile;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One job: reads the stored original, runs the extractor (within its per-document limits) and stores the
 * outcome, then checks it against the same organ's neighbouring years (carry_over_chain). An exception
 * (database, worker) is left to the scheduler, which retries.
 */
@Component
public class ExtractionWorker {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionWorker.class);

    /** The actor of what no person did, in the audit trail. */
    public static final String SYSTEM = "系统";

    private final ReportStore store;
    private final AuditStore audit;
    private final ExtractionPipeline pipeline;
    private final CarryOverLinks carryOver;
    private final ExtractionTimings timings;

    private final Duration testDelay;
    private final TransactionTemplate transaction;

    public ExtractionWorker(ReportStore store, AuditStore audit, ExtractionPipeline pipeline, CarryOverLinks carryOver,
                            ExtractionTimings timings, NianbaoProperties properties, TransactionTemplate transaction) {
        this.audit = audit;
        this.transaction = transaction;
        this.store = store;
        this.pipeline = pipeline;
        this.carryOver = carryOver;
        this.timings = timings;
        this.testDelay = properties.jobs().testDelay();
    }

    public void process(UUID id) {
        StoredFile file = store.file(id).orElse(null);
        if (file == null) {
            LOG.warn("report {} has no stored file; nothing to extract", id);
            return;
        }
        store.markProcessing(id);
        // 0 in use: lets a crash test kill this instance while the job is processing.
        CrashTestDelay.pause(testDelay, "nianbao.jobs.test-delay, report " + id);
        long start = System.nanoTime();
        ExtractionResult result = pipeline.extract(file.content(), file.fileName());
        timings.record(result, (System.nanoTime() - start) / 1e9);
        // One transaction: the outcome is seen only together with its carry_over_chain findings and its audit line.
        transaction.executeWithoutResult(status -> {
            ExtractionResult saved = carryOver.save(id, result);
            audit.statusChanged(id, SYSTEM, ReportStatus.PROCESSING.id(), saved.status(),
                    saved.error() == null ? "自动提取完成" : "自动提取失败：" + saved.error());
        });
    }
}

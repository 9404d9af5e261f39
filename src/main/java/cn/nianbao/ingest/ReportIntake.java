package cn.nianbao.ingest;

import cn.nianbao.extract.FormatDetector;
import cn.nianbao.jobs.JobQueue;
import cn.nianbao.pipeline.Hashes;
import cn.nianbao.store.BatchStore;
import cn.nianbao.store.NewReport;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives one file (upload or inbox): the same bytes are one report (SHA-256); new bytes are stored with
 * their job in one transaction, so when this returns the original is durable and queued.
 */
@Service
public class ReportIntake {
    public static final String UPLOAD = "upload";
    public static final String INBOX = "inbox";

    private final ReportStore store;
    private final JobQueue queue;
    private final FormatDetector detector;
    private final TransactionTemplate transaction;
    private final BatchStore batches;

    public ReportIntake(ReportStore store, JobQueue queue, FormatDetector detector, TransactionTemplate transaction,
                        BatchStore batches) {
        this.batches = batches;
        this.store = store;
        this.queue = queue;
        this.detector = detector;
        this.transaction = transaction;
    }

    public Receipt receive(String fileName, byte[] content, String receivedBy) {
        String sha256 = Hashes.sha256(content);
        ReportRecord known = store.findBySha256(sha256).orElse(null);
        if (known != null) {
            return duplicate(known);
        }
        NewReport report = new NewReport(UUID.randomUUID(), sha256, fileName, detector.detect(content, fileName),
                receivedBy, content);
        try {
            transaction.executeWithoutResult(status -> {
                store.insert(report);
                queue.enqueue(report.id());
            });
        } catch (DuplicateKeyException raced) {
            return duplicate(store.findBySha256(sha256).orElseThrow(() -> raced));
        }
        return new Receipt(report.id(), fileName, sha256, ReportStatus.QUEUED, false);
    }

    /**
     * Records files already received together (one upload, one inbox poll) as a batch whose progress can be
     * followed; returns the batch's id.
     */
    public UUID batch(String source, String actor, List<Receipt> receipts) {
        return batches.create(source, actor, receipts.stream().map(Receipt::id).toList());
    }

    private static Receipt duplicate(ReportRecord known) {
        return new Receipt(known.id(), known.fileName(), known.sha256(), known.status(), true);
    }
}

package cn.nianbao.ingest;

import cn.nianbao.extract.FormatDetector;
import cn.nianbao.jobs.JobQueue;
import cn.nianbao.pipeline.Hashes;
import cn.nianbao.store.BatchStore;
import cn.nianbao.store.NewReport;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import java.io.IOException;
import java.util.ArrayList;
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
    private final QueueGate gate;

    public ReportIntake(ReportStore store, JobQueue queue, FormatDetector detector, TransactionTemplate transaction,
                        BatchStore batches, QueueGate gate) {
        this.batches = batches;
        this.gate = gate;
        this.store = store;
        this.queue = queue;
        this.detector = detector;
        this.transaction = transaction;
    }

    /** A file of the inbox, which takes only as many as the queue has room for (never refused here). */
    public Receipt receive(String fileName, byte[] content, String receivedBy) {
        return receive(fileName, content, receivedBy, false);
    }

    /**
     * An upload's files, one by one: the first new one is admitted by the {@link QueueGate} (a full queue refuses it
     * with {@link QueueFullException}, nothing stored); the rest of the same upload follow it, so that an upload is
     * taken or refused as a whole.
     */
    public List<Receipt> receiveUpload(List<? extends NamedContent> files) throws IOException {
        List<Receipt> receipts = new ArrayList<>();
        boolean admitted = false;
        for (NamedContent file : files) {
            Receipt receipt = receive(file.fileName(), file.content(), UPLOAD, !admitted);
            admitted |= !receipt.duplicate();
            receipts.add(receipt);
        }
        return receipts;
    }

    /** A file of an upload, its bytes read only when its turn comes (a multipart part on disk). */
    public interface NamedContent {
        String fileName();

        byte[] content() throws IOException;
    }

    private Receipt receive(String fileName, byte[] content, String receivedBy, boolean gated) {
        String sha256 = Hashes.sha256(content);
        ReportRecord known = store.findBySha256(sha256).orElse(null);
        if (known != null) {
            return duplicate(known);
        }
        NewReport report = new NewReport(UUID.randomUUID(), sha256, fileName, detector.detect(content, fileName),
                receivedBy, content);
        Runnable insert = () -> transaction.executeWithoutResult(status -> {
            store.insert(report);
            queue.enqueue(report.id());
        });
        try {
            if (gated) {
                gate.admit(insert);
            } else {
                insert.run();
            }
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

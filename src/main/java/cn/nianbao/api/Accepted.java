package cn.nianbao.api;

import cn.nianbao.ingest.Receipt;
import java.util.List;
import java.util.UUID;

/**
 * The answer to an upload: one entry per file, in the order sent.
 *
 * @param batch the upload as a batch, whose progress the UI shows at /batches/{batch}
 */
public record Accepted(UUID batch, List<Entry> reports) {

    /**
     * @param duplicate these bytes were received before; {@code id} is that report
     * @param url       where the report's JSON is
     */
    public record Entry(UUID id, String file, String sha256, String status, boolean duplicate, String url) {
        static Entry of(Receipt receipt) {
            return new Entry(receipt.id(), receipt.file(), receipt.sha256(), receipt.status().id(),
                    receipt.duplicate(), "/api/reports/" + receipt.id());
        }
    }
}

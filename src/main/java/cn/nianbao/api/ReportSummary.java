package cn.nianbao.api;

import cn.nianbao.store.ReportRecord;
import java.time.Instant;
import java.util.UUID;

/** A report in the list: where it stands, without its cells. */
public record ReportSummary(UUID id, String file, String sha256, String mediaType, long size, String receivedBy,
                            String status, String error, String organ, Integer year, String version, int attempts,
                            Instant receivedAt, Instant updatedAt) {

    static ReportSummary of(ReportRecord r) {
        return new ReportSummary(r.id(), r.fileName(), r.sha256(), r.mediaType(), r.sizeBytes(), r.receivedBy(),
                r.status().id(), r.error(), r.organ(), r.year(), r.version(), r.attempts(), r.createdAt(),
                r.updatedAt());
    }
}

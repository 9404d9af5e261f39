package cn.nianbao.store;

import java.time.Instant;
import java.util.UUID;

/** One stored report as the database holds it (the result JSON aside). */
public record ReportRecord(UUID id, String sha256, String fileName, String mediaType, long sizeBytes,
                           String receivedBy, ReportStatus status, String error, String organ, Integer year,
                           String version, int attempts, Instant createdAt, Instant updatedAt) {
}

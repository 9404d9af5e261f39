package cn.nianbao.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored report as the database holds it (the result JSON aside).
 *
 * @param revision counts changes of the result, so that two reviewers saving at once cannot overwrite each other
 * @param method how the file was read (docx, pdf-text, ocr, mixed, html, text), once extracted
 * @param findings the result's findings by severity
 */
public record ReportRecord(UUID id, String sha256, String fileName, String mediaType, long sizeBytes,
                           String receivedBy, ReportStatus status, String error, String organ, Integer year,
                           String version, int attempts, int revision, String method, FindingCounts findings,
                           Instant createdAt, Instant updatedAt) {
}

package cn.nianbao.ingest;

import cn.nianbao.store.ReportStatus;
import java.util.UUID;

/**
 * What a received file became.
 *
 * @param duplicate the same bytes were received before: {@code id} is that earlier report
 */
public record Receipt(UUID id, String file, String sha256, ReportStatus status, boolean duplicate) {
}

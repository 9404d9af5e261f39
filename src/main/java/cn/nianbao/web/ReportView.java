package cn.nianbao.web;

import cn.nianbao.store.ReportRecord;
import java.util.List;

/**
 * Everything the report page shows.
 *
 * @param panel the selected cell, null when none is
 * @param narrative the narrative with quoted sentences marked (empty when not kept)
 * @param errors error findings left (approval then needs a reason)
 */
public record ReportView(ReportRecord record, String statusLabel, String version, String method,
                         List<TableView> tables, List<FindingView> findings, List<ParagraphView> narrative,
                         CellPanel panel, List<AuditView> audit, long errors, boolean reviewable) {
}

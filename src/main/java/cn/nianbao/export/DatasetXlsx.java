package cn.nianbao.export;

import cn.nianbao.review.AuditEntry;
import cn.nianbao.result.Finding;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The dataset as an Excel workbook: sheet 数据 (one row per report: 报告编号, 文件名, 发布机关, 年度, 表格版本, 状态,
 * 错误数, 警告数, 提示数, then one column per cell key of any form version, headed by its label and key), sheet
 * 审计记录 (the audit entries given) and sheet 问题 (every finding of every report). Streams: a few hundred rows
 * are held in memory whatever the number of reports.
 */
public final class DatasetXlsx {
    private static final int ROWS_IN_MEMORY = 200;

    private DatasetXlsx() {
    }

    /** Walks {@code rows} once and {@code audit} once; leaves {@code out} open. */
    public static void write(Iterable<DatasetRow> rows, Iterable<AuditEntry> audit, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            SheetWriter<DatasetRow> data = new SheetWriter<>(workbook, "数据", DatasetFormat.format());
            SheetWriter<AuditEntry> trail = new SheetWriter<>(workbook, "审计记录", AuditFormat.format(CellLabels::label));
            SheetWriter<FindingFormat.ReportFinding> problems = new SheetWriter<>(workbook, "问题", FindingFormat.many());
            // 数据 and 问题 fill side by side from one pass, so that the caller's query runs once.
            for (DatasetRow row : rows) {
                data.append(row);
                if (row.result() != null) {
                    for (Finding finding : row.result().findings()) {
                        problems.append(new FindingFormat.ReportFinding(row, finding));
                    }
                }
            }
            trail.appendAll(audit);
            workbook.write(out);
        }
    }
}

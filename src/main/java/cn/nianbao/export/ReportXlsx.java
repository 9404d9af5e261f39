package cn.nianbao.export;

import cn.nianbao.review.AuditEntry;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.store.ReportRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One report as an Excel workbook in the layout of the printed national form: sheet 报告 (the report's facts,
 * then 二、三、四 with the form's merged headings, values as numbers, cells that need a look filled — red for
 * an error, light blue for an inferred value, yellow for anything else — with a comment saying why), sheet
 * 问题 (its findings) and sheet 审计记录 (its audit trail).
 */
public final class ReportXlsx {

    private ReportXlsx() {
    }

    /**
     * @param result the report's result, or null when it has none yet (the sheet then says so)
     * @param audit the report's audit trail, oldest first
     */
    public static void write(ReportRecord record, ExtractionResult result, List<AuditEntry> audit, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportSheet.write(workbook, record, result);
            new SheetWriter<>(workbook, "问题", FindingFormat.single())
                    .appendAll(result == null ? List.<Finding>of() : result.findings());
            String version = new DatasetRow(record, result).version();
            new SheetWriter<>(workbook, "审计记录", AuditFormat.format(key -> CellLabels.label(key, version)))
                    .appendAll(audit);
            workbook.write(out);
        }
    }
}

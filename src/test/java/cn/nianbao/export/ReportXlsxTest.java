package cn.nianbao.export;

import static cn.nianbao.export.ExportFixtures.approval;
import static cn.nianbao.export.ExportFixtures.cellEdit;
import static cn.nianbao.export.ExportFixtures.extract;
import static cn.nianbao.export.ExportFixtures.find;
import static cn.nianbao.export.ExportFixtures.mergedAt;
import static cn.nianbao.export.ExportFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.review.AuditEntry;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportXlsxTest {

    private static Workbook export(String fixture, List<AuditEntry> audit) throws IOException {
        ExtractionResult result = extract(fixture);
        return export(record(fixture.substring(fixture.lastIndexOf('/') + 1), ReportStatus.NEEDS_REVIEW, result),
                result, audit);
    }

    private static Workbook export(ReportRecord record, ExtractionResult result, List<AuditEntry> audit)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportXlsx.write(record, result, audit, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Cell at(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    private static List<Double> numbers(Sheet sheet, int row, int from, int count) {
        List<Double> values = new ArrayList<>();
        for (int c = from; c < from + count; c++) {
            values.add(at(sheet, row, c).getNumericCellValue());
        }
        return values;
    }

    /** The text sits at the row and column, in a box merged down to lastRow and across to lastColumn. */
    private static void assertBox(Sheet sheet, int row, int column, String text, int lastRow, int lastColumn) {
        assertThat(at(sheet, row, column).getStringCellValue()).isEqualTo(text);
        assertMerged(sheet, new CellAddress(row, column), lastRow, lastColumn);
    }

    private static void assertMerged(Sheet sheet, CellAddress at, int lastRow, int lastColumn) {
        assertThat(mergedAt(sheet, at)).as("merge at " + at)
                .isEqualTo(new CellRangeAddress(at.getRow(), lastRow, at.getColumn(), lastColumn));
    }

    @Test
    void requestsTableHasTheHeadingsOfThePrintedForm() throws IOException {
        // fixtures/cases/2021-full.txt, 2021 form.
        try (Workbook book = export("cases/2021-full.txt", List.of())) {
            assertThat(book.getSheetName(0)).isEqualTo("报告");
            assertThat(book.getSheetName(1)).isEqualTo("问题");
            assertThat(book.getSheetName(2)).isEqualTo("审计记录");
            Sheet sheet = book.getSheet("报告");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("德清县市场监督管理局2022年政府信息公开工作年度报告");
            int top = find(sheet, "三、收到和处理政府信息公开申请情况").getRow() + 1;
            // Corner note over three label columns and three header rows; 申请人情况 over the seven columns.
            assertBox(sheet, top, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", top + 2, 2);
            assertBox(sheet, top, 3, "申请人情况", top, 9);
            assertBox(sheet, top + 1, 3, "自然人", top + 2, 3);
            assertBox(sheet, top + 1, 4, "法人或其他组织", top + 1, 8);
            assertThat(at(sheet, top + 2, 4).getStringCellValue()).isEqualTo("商业企业");
            assertThat(at(sheet, top + 2, 8).getStringCellValue()).isEqualTo("其他");
            assertBox(sheet, top + 1, 9, "总计", top + 2, 9);
            // 一、本年新收: 38 9 1 0 3 2 53, label across the three label columns.
            int first = top + 3;
            assertBox(sheet, first, 0, "一、本年新收政府信息公开申请数量", first, 2);
            assertThat(at(sheet, first, 3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(numbers(sheet, first, 3, 7)).containsExactly(38.0, 9.0, 1.0, 0.0, 3.0, 2.0, 53.0);
            // 三、本年度办理结果 runs down the 22 result rows of the 2021 form; （三）不予公开 over its eight.
            int results = first + 2;
            assertBox(sheet, results, 0, "三、本年度办理结果", results + 21, 0);
            assertBox(sheet, results, 1, "（一）予以公开", results, 2);
            assertBox(sheet, results + 2, 1, "（三）不予公开", results + 9, 1);
            assertThat(at(sheet, results + 2, 2).getStringCellValue()).isEqualTo("1.属于国家秘密");
            assertThat(at(sheet, results + 3, 2).getStringCellValue()).isEqualTo("2.其他法律行政法规禁止公开");
            assertThat(numbers(sheet, results + 3, 3, 7)).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
            assertThat(at(sheet, results + 18, 2).getStringCellValue()).isEqualTo("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
            assertThat(at(sheet, results + 21, 1).getStringCellValue()).isEqualTo("（七）总计");
            assertThat(numbers(sheet, results + 21, 3, 7)).containsExactly(38.0, 9.0, 1.0, 0.0, 2.0, 2.0, 52.0);
            assertThat(at(sheet, results + 22, 0).getStringCellValue()).isEqualTo("四、结转下年度继续办理");
            assertThat(numbers(sheet, results + 22, 3, 7)).containsExactly(3.0, 1.0, 0.0, 0.0, 1.0, 0.0, 5.0);
        }
    }

    @Test
    void activeTableHasASectionPerArticleAndAppealsOneLine() throws IOException {
        try (Workbook book = export("cases/2021-full.txt", List.of())) {
            Sheet sheet = book.getSheet("报告");
            CellAddress rules = find(sheet, "第二十条第（一）项");
            assertMerged(sheet, rules, rules.getRow(), 5);
            int header = rules.getRow() + 1;
            assertBox(sheet, header, 0, "信息内容", header, 2);
            assertThat(at(sheet, header, 3).getStringCellValue()).isEqualTo("本年制发件数");
            assertThat(at(sheet, header, 5).getStringCellValue()).isEqualTo("现行有效件数");
            assertThat(at(sheet, header + 2, 0).getStringCellValue()).isEqualTo("行政规范性文件");
            assertThat(numbers(sheet, header + 2, 3, 3)).containsExactly(3.0, 1.0, 12.0);
            // A section with one column stretches it over the three (本年收费金额 12.5 万元).
            CellAddress fees = find(sheet, "本年收费金额（单位：万元）");
            assertMerged(sheet, fees, fees.getRow(), 5);
            assertThat(at(sheet, fees.getRow() + 1, 0).getStringCellValue()).isEqualTo("行政事业性收费");
            assertThat(at(sheet, fees.getRow() + 1, 3).getNumericCellValue()).isEqualTo(12.5);
            assertMerged(sheet, new CellAddress(fees.getRow() + 1, 3), fees.getRow() + 1, 5);

            // 四: 行政复议 over five columns, 行政诉讼 over ten, then its two groups, then one line of 15 values.
            int top = find(sheet, "四、政府信息公开行政复议、行政诉讼情况").getRow() + 1;
            assertBox(sheet, top, 0, "行政复议", top, 4);
            assertBox(sheet, top, 5, "行政诉讼", top, 14);
            assertBox(sheet, top + 1, 0, "结果维持", top + 2, 0);
            assertBox(sheet, top + 1, 5, "未经复议直接起诉", top + 1, 9);
            assertThat(at(sheet, top + 1, 10).getStringCellValue()).isEqualTo("复议后起诉");
            assertThat(at(sheet, top + 2, 14).getStringCellValue()).isEqualTo("总计");
            assertThat(numbers(sheet, top + 3, 0, 15)).containsExactly(2.0, 1.0, 0.0, 1.0, 4.0, 1.0, 0.0, 0.0, 1.0, 2.0,
                    0.0, 0.0, 1.0, 0.0, 1.0);
        }
    }

    @Test
    void form2019HasItsOwnRowsAndInferredCellsAreMarked() throws IOException {
        // Seed 004 (2019 form): 三 lost after 5.属于三类内部事务信息, the rest forced to 0; 四's 15 zeros survive.
        try (Workbook book = export("seeds/004.txt", List.of())) {
            Sheet sheet = book.getSheet("报告");
            CellAddress procurement = find(sheet, "政府集中采购");
            assertThat(at(sheet, procurement.getRow() - 1, 3).getStringCellValue()).isEqualTo("采购项目数量");
            assertThat(at(sheet, procurement.getRow() - 1, 4).getStringCellValue()).isEqualTo("采购总金额");
            CellAddress other = find(sheet, "（六）其他处理");
            assertMerged(sheet, other, other.getRow(), 2);
            assertThat(at(sheet, other.getRow() + 1, 1).getStringCellValue()).isEqualTo("（七）总计");

            CellAddress read = find(sheet, "5.属于三类内部事务信息");
            Cell kept = at(sheet, read.getRow(), 9);
            assertThat(kept.getNumericCellValue()).isZero();
            assertThat(kept.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(kept.getCellComment()).isNull();
            Cell inferred = at(sheet, find(sheet, "四、结转下年度继续办理").getRow(), 3);
            assertThat(inferred.getNumericCellValue()).isZero();
            assertThat(inferred.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.PALE_BLUE.getIndex());
            assertThat(inferred.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(inferred.getCellComment().getString().getString()).contains("missing").contains("状态：推定");

            int appeals = find(sheet, "四、政府信息公开行政复议、行政诉讼情况").getRow() + 4;
            assertThat(numbers(sheet, appeals, 0, 15)).containsOnly(0.0).hasSize(15);
        }
    }

    @Test
    void errorsAreRedAndPlaceholdersYellowWithTheirText() throws IOException {
        try (Workbook book = export("cases/identities-fail.txt", List.of())) {
            Sheet sheet = book.getSheet("报告");
            // 予以公开 总计 is written 16 while 10+3+0+1+1+0 = 15.
            Cell granted = at(sheet, find(sheet, "（一）予以公开").getRow(), 9);
            assertThat(granted.getNumericCellValue()).isEqualTo(16.0);
            assertThat(granted.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(granted.getCellComment().getString().getString()).contains("【错误】申请人合计 [row_total]：");
            Sheet problems = book.getSheet("问题");
            assertThat(problems.getRow(0).getCell(4).getStringCellValue()).isEqualTo("引文");
            assertThat(problems.getLastRowNum()).isEqualTo(6);
            assertThat(problems.getRow(1).getCell(1).getStringCellValue()).isEqualTo("错误");
        }
        try (Workbook book = export("seeds/000.txt", List.of())) {
            Sheet sheet = book.getSheet("报告");
            // 三 is all "-": shown as written, yellow; 1763万余元 is 1763 with the source's text in the note.
            Cell placeholder = at(sheet, find(sheet, "一、本年新收政府信息公开申请数量").getRow(), 3);
            assertThat(placeholder.getStringCellValue()).isEqualTo("-");
            assertThat(placeholder.getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(placeholder.getCellComment().getString().getString()).contains("placeholder").contains("占位符");
            Cell amount = at(sheet, find(sheet, "政府集中采购").getRow(), 4);
            assertThat(amount.getNumericCellValue()).isEqualTo(1763.0);
            assertThat(amount.getCellComment().getString().getString()).contains("原文：1763万余元");
        }
    }

    @Test
    void hybridFormHas2021ActiveAndOneOtherRow() throws IOException {
        try (Workbook book = export("cases/hybrid.txt", List.of())) {
            Sheet sheet = book.getSheet("报告");
            assertThat(find(sheet, "本年制发件数")).isNotNull();
            assertThat(find(sheet, "（六）其他处理")).isNotNull();
            assertThat(find(sheet, "hybrid（国办公开办函〔2021〕30号（三（六）仍为一行））")).isNotNull();
            assertThat(book.getSheet("问题").getRow(1).getCell(0).getStringCellValue()).isEqualTo("表格版本不符 [version_mismatch]");
        }
    }

    @Test
    void auditTrailIsItsOwnSheet() throws IOException {
        ExtractionResult result = extract("cases/2021-full.txt");
        ReportRecord record = record("2021-full.txt", ReportStatus.APPROVED, result);
        Instant at = Instant.parse("2024-06-30T23:59:59Z");
        List<AuditEntry> audit = List.of(
                cellEdit(record.id(), at, "张三", "active.art20_1_normative.in_force", "12", "ok", "13", "见原件第 2 页"),
                approval(record.id(), at, "张三", null));
        try (Workbook book = export(record, result, audit)) {
            Sheet trail = book.getSheet("审计记录");
            assertThat(trail.getLastRowNum()).isEqualTo(2);
            assertThat(trail.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2024-07-01 07:59:59");
            assertThat(trail.getRow(1).getCell(5).getStringCellValue())
                    .isEqualTo("二·第二十条第（一）项 行政规范性文件·现行有效件数");
            assertThat(trail.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(13.0);
            assertThat(trail.getRow(2).getCell(3).getStringCellValue()).isEqualTo("状态");
            assertThat(trail.getRow(2).getCell(8).getStringCellValue()).isEqualTo("已审核通过");
        }
    }

    @Test
    void aReportWithoutResultSaysSo() throws IOException {
        ReportRecord queued = record("new.pdf", ReportStatus.FAILED, null);
        try (Workbook book = export(queued, null, List.of())) {
            Sheet sheet = book.getSheet("报告");
            assertThat(find(sheet, "处理失败")).isNotNull();
            assertThat(find(sheet, "没有提取结果。")).isNotNull();
            assertThat(book.getSheet("问题").getLastRowNum()).isZero();
        }
    }
}

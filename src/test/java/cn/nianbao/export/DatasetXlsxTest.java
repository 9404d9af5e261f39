package cn.nianbao.export;

import static cn.nianbao.export.ExportFixtures.approval;
import static cn.nianbao.export.ExportFixtures.cellEdit;
import static cn.nianbao.export.ExportFixtures.extract;
import static cn.nianbao.export.ExportFixtures.find;
import static cn.nianbao.export.ExportFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.review.AuditEntry;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.store.ReportStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DatasetXlsxTest {
    private static final String NEW_TOTAL = "三·一、本年新收政府信息公开申请数量·总计 [requests.new_received.total]";

    private static Workbook export(Iterable<DatasetRow> rows, Iterable<AuditEntry> audit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetXlsx.write(rows, audit, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static DatasetRow row(String fixture, ReportStatus status) {
        ExtractionResult result = extract(fixture);
        return new DatasetRow(record(fixture.substring(fixture.lastIndexOf('/') + 1), status, result), result);
    }

    private static int column(Sheet sheet, String header) {
        for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void dataSheetHasNumbersUnderAFrozenBoldHeader() throws IOException {
        // 2021-full: 新收 总计 53, 行政规范性文件 现行有效 12. Seed 000: 新收 总计 "-".
        DatasetRow full = row("cases/2021-full.txt", ReportStatus.CLEAN);
        DatasetRow placeholders = row("seeds/000.txt", ReportStatus.NEEDS_REVIEW);
        try (Workbook book = export(List.of(full, placeholders), List.of())) {
            assertThat(book.getSheetName(0)).isEqualTo("数据");
            assertThat(book.getSheetName(1)).isEqualTo("审计记录");
            assertThat(book.getSheetName(2)).isEqualTo("问题");
            Sheet data = book.getSheet("数据");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("报告编号");
            assertThat(book.getFontAt(data.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = data.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            org.apache.poi.ss.usermodel.Cell total = data.getRow(1).getCell(column(data, NEW_TOTAL));
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(53.0);
            assertThat(data.getRow(1).getCell(column(data,
                    "二·第二十条第（一）项 行政规范性文件·现行有效件数 [active.art20_1_normative.in_force]")).getNumericCellValue())
                    .isEqualTo(12.0);
            assertThat(data.getRow(1).getCell(5).getStringCellValue()).isEqualTo("无问题");
            assertThat(data.getRow(2).getCell(2).getStringCellValue()).isEqualTo("长庆街道");
            assertThat(data.getRow(2).getCell(column(data, NEW_TOTAL))).isNull();
            assertThat(data.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void problemsSheetListsEveryFindingOfEveryReport() throws IOException {
        // identities-fail: 6 identity errors; seed 001: the narrative_conflict warning; 2021-full: none.
        DatasetRow failing = row("cases/identities-fail.txt", ReportStatus.NEEDS_REVIEW);
        DatasetRow narrative = row("seeds/001.docx", ReportStatus.NEEDS_REVIEW);
        try (Workbook book = export(List.of(failing, narrative, row("cases/2021-full.txt", ReportStatus.CLEAN)),
                List.of())) {
            Sheet problems = book.getSheet("问题");
            assertThat(texts(problems.getRow(0))).containsExactly("报告编号", "发布机关", "规则", "严重程度", "单元格", "说明");
            assertThat(problems.getLastRowNum()).isEqualTo(7);
            List<List<String>> rows = IntStream.rangeClosed(1, 7).mapToObj(i -> texts(problems.getRow(i))).toList();
            assertThat(rows.subList(0, 6)).allSatisfy(r -> {
                assertThat(r.get(0)).isEqualTo(failing.record().id().toString());
                assertThat(r.get(1)).isEqualTo("绍兴市柯桥区住房和城乡建设局");
                assertThat(r.get(3)).isEqualTo("错误");
            });
            // The rule's name for people, its id in brackets for programs.
            assertThat(rows.subList(0, 6)).extracting(r -> r.get(2).replaceAll("^.* \\[(.+)]$", "$1"))
                    .containsExactlyInAnyOrder("row_total", "results_sum", "results_sum", "balance", "balance",
                            "appeals_total");
            assertThat(rows.subList(0, 6)).extracting(r -> r.get(2)).contains("申请人合计 [row_total]");
            assertThat(rows.get(6)).containsSequence("正文与表格矛盾 [narrative_conflict]", "警告",
                    "requests.new_received.total");
        }
    }

    @Test
    void auditSheetHasTheEntriesInBeijingTime() throws IOException {
        DatasetRow hualong = row("seeds/004.txt", ReportStatus.APPROVED);
        Instant at = Instant.parse("2024-03-01T02:03:04Z");
        List<AuditEntry> audit = List.of(
                cellEdit(hualong.record().id(), at, "王审核", "requests.carried_forward.natural_person", "0", "inferred",
                        "1", "对照原件第 3 页"),
                approval(hualong.record().id(), at.plusSeconds(60), "王审核", "核对无误"));
        try (Workbook book = export(List.of(hualong), audit)) {
            Sheet trail = book.getSheet("审计记录");
            assertThat(texts(trail.getRow(0))).containsExactly("报告编号", "时间", "操作人", "类型", "单元格", "单元格名称", "原值",
                    "原状态", "新值", "新状态", "原因");
            Row edit = trail.getRow(1);
            assertThat(texts(edit).subList(0, 6)).containsExactly(hualong.record().id().toString(), "2024-03-01 10:03:04",
                    "王审核", "单元格", "requests.carried_forward.natural_person", "三·四、结转下年度继续办理·自然人");
            assertThat(edit.getCell(6).getNumericCellValue()).isEqualTo(0.0);
            assertThat(edit.getCell(7).getStringCellValue()).isEqualTo("推定");
            assertThat(edit.getCell(8).getNumericCellValue()).isEqualTo(1.0);
            assertThat(edit.getCell(9).getStringCellValue()).isEqualTo("已更正");
            assertThat(edit.getCell(10).getStringCellValue()).isEqualTo("对照原件第 3 页");
            assertThat(texts(trail.getRow(2))).containsExactly(hualong.record().id().toString(), "2024-03-01 10:04:04",
                    "王审核", "状态", "待审核", "已审核通过", "核对无误");
        }
    }

    @Test
    void manyReportsStreamThrough() throws IOException {
        DatasetRow full = row("cases/2021-full.txt", ReportStatus.CLEAN);
        try (Workbook book = export(Collections.nCopies(1500, full), List.of())) {
            Sheet data = book.getSheet("数据");
            assertThat(data.getLastRowNum()).isEqualTo(1500);
            assertThat(data.getRow(1500).getCell(column(data, NEW_TOTAL)).getNumericCellValue()).isEqualTo(53.0);
            assertThat(find(data, "2021-full.txt").getRow()).isEqualTo(1);
        }
    }

    /** The texts of a row's cells that are there (numbers as text), left to right. */
    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
            texts.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return texts;
    }
}

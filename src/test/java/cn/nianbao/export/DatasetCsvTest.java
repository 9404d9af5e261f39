package cn.nianbao.export;

import static cn.nianbao.export.ExportFixtures.column;
import static cn.nianbao.export.ExportFixtures.csv;
import static cn.nianbao.export.ExportFixtures.extract;
import static cn.nianbao.export.ExportFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.ResultJson;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.StoredResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DatasetCsvTest {
    private static final String NEW_NATURAL = "三·一、本年新收政府信息公开申请数量·自然人 [requests.new_received.natural_person]";
    private static final String NEW_TOTAL = "三·一、本年新收政府信息公开申请数量·总计 [requests.new_received.total]";

    private static List<CSVRecord> export(DatasetRow... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetCsv.write(List.of(rows), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return csv(bytes);
    }

    private static DatasetRow row(String fixture, ReportStatus status) {
        ExtractionResult result = extract(fixture);
        return new DatasetRow(record(fixture.substring(fixture.lastIndexOf('/') + 1), status, result), result);
    }

    @Test
    void headersAreChineseWithTheKeyCurrentFormFirst() throws IOException {
        List<String> headers = export().get(0).toList();
        assertThat(headers.subList(0, 9)).containsExactly("报告编号", "文件名", "发布机关", "年度", "表格版本", "状态",
                "错误数", "警告数", "提示数");
        // 2021: 二 10 cells, 三 25 rows × 7, 四 15 = 200; only 2019 has 19 more cells of 二 and 三（六）其他处理 × 7.
        assertThat(headers).hasSize(9 + 200 + 26);
        assertThat(headers.get(9)).isEqualTo("二·第二十条第（一）项 规章·本年制发件数 [active.art20_1_rules.issued]");
        assertThat(headers).contains(NEW_NATURAL, "四·行政诉讼 复议后起诉·总计 [appeals.suit_after_review.total]");
        int lastOf2021 = column(headers, "四·行政诉讼 复议后起诉·总计 [appeals.suit_after_review.total]");
        int procurement = column(headers, "二·第二十条第（九）项 政府集中采购·采购总金额 [active.art20_9_procurement.amount_wan]");
        assertThat(procurement).isGreaterThan(lastOf2021);
        assertThat(column(headers, "三·三、本年度办理结果 （六）其他处理·总计 [requests.other.total]")).isGreaterThan(lastOf2021);
    }

    @Test
    void valuesAreTheNumbersOfTheDocument() throws IOException {
        // fixtures/cases/2021-full.txt: 一、本年新收 38 … 53; 收费金额 12.5; 行政复议 总计 4; 复议后起诉 其他结果 1.
        DatasetRow full = row("cases/2021-full.txt", ReportStatus.CLEAN);
        List<CSVRecord> records = export(full);
        List<String> headers = records.get(0).toList();
        CSVRecord report = records.get(1);
        assertThat(report.get(0)).isEqualTo(full.record().id().toString());
        assertThat(report.get(1)).isEqualTo("2021-full.txt");
        assertThat(report.get(2)).isEqualTo("德清县市场监督管理局");
        assertThat(report.get(3)).isEqualTo("2022");
        assertThat(report.get(4)).isEqualTo("2021");
        assertThat(report.get(5)).isEqualTo("无问题");
        assertThat(report.get(column(headers, NEW_NATURAL))).isEqualTo("38");
        assertThat(report.get(column(headers, NEW_TOTAL))).isEqualTo("53");
        assertThat(report.get(column(headers,
                "二·第二十条第（八）项 行政事业性收费·本年收费金额（单位：万元） [active.art20_8_fees.amount_wan]"))).isEqualTo("12.5");
        assertThat(report.get(column(headers, "四·行政复议·总计 [appeals.review.total]"))).isEqualTo("4");
        assertThat(report.get(column(headers, "四·行政诉讼 复议后起诉·其他结果 [appeals.suit_after_review.other]")))
                .isEqualTo("1");
        // A key the report's version lacks is empty.
        assertThat(report.get(column(headers, "三·三、本年度办理结果 （六）其他处理·总计 [requests.other.total]"))).isEmpty();
        assertThat(report.get(6) + "/" + report.get(7) + "/" + report.get(8)).isEqualTo("0/0/0");
    }

    @Test
    void placeholdersAreEmptyApproximationsAndInferencesKeepTheirNumber() throws IOException {
        // seed 000: 三 all "-"; 政府集中采购 111 and 1763万余元. Seed 004: 三 lost after 5.属于三类内部事务信息, forced to 0.
        List<CSVRecord> records = export(row("seeds/000.txt", ReportStatus.NEEDS_REVIEW),
                row("seeds/004.txt", ReportStatus.NEEDS_REVIEW));
        List<String> headers = records.get(0).toList();
        CSVRecord changqing = records.get(1);
        CSVRecord hualong = records.get(2);
        assertThat(changqing.get(column(headers, NEW_TOTAL))).isEmpty();
        assertThat(changqing.get(column(headers,
                "二·第二十条第（九）项 政府集中采购·采购项目数量 [active.art20_9_procurement.items]"))).isEqualTo("111");
        assertThat(changqing.get(column(headers,
                "二·第二十条第（九）项 政府集中采购·采购总金额 [active.art20_9_procurement.amount_wan]"))).isEqualTo("1763");
        assertThat(changqing.get(column(headers, "二·第二十条第（六）项 行政处罚·本年增/减 [active.art20_6_penalty.change]")))
                .isEqualTo("496");
        // 000: one placeholder finding per table, all warnings.
        assertThat(changqing.get(6) + "/" + changqing.get(7) + "/" + changqing.get(8)).isEqualTo("0/3/0");
        assertThat(hualong.get(2)).isEqualTo("华龙区人民政府长庆路街道办事处");
        assertThat(hualong.get(5)).isEqualTo("待审核");
        assertThat(hualong.get(column(headers, "四·行政诉讼 复议后起诉·总计 [appeals.suit_after_review.total]")))
                .isEqualTo("0");
        assertThat(hualong.get(column(headers, "三·四、结转下年度继续办理·自然人 [requests.carried_forward.natural_person]")))
                .isEqualTo("0");
    }

    @Test
    void findingsAreCountedBySeverity() throws IOException {
        // identities-fail: four planted errors break six identities; seed 001: one narrative_conflict warning.
        List<CSVRecord> records = export(row("cases/identities-fail.txt", ReportStatus.NEEDS_REVIEW),
                row("seeds/001.docx", ReportStatus.NEEDS_REVIEW));
        assertThat(records.get(1).toList().subList(6, 9)).containsExactly("6", "0", "0");
        assertThat(records.get(2).toList().subList(6, 9)).containsExactly("0", "1", "0");
        List<String> headers = records.get(0).toList();
        assertThat(records.get(2).get(column(headers, NEW_TOTAL))).isEqualTo("2");
        // The planted error: 予以公开 总计 written 16 while its columns add up to 15.
        assertThat(records.get(1).get(column(headers, "三·三、本年度办理结果 （一）予以公开·总计 [requests.granted.total]")))
                .isEqualTo("16");
        assertThat(headers).contains("三·三、本年度办理结果 （三）不予公开 2.其他法律行政法规禁止公开·自然人"
                + " [requests.denied_prohibited_by_law.natural_person]");
    }

    @Test
    void aReportNotExtractedYetHasItsFactsOnly() throws IOException {
        ReportRecord queued = record("new.pdf", ReportStatus.QUEUED, null);
        CSVRecord report = export(new DatasetRow(queued, null)).get(1);
        assertThat(report.get(1)).isEqualTo("new.pdf");
        assertThat(report.get(5)).isEqualTo("排队中");
        assertThat(report.toList().subList(6, report.size())).allMatch(String::isEmpty);
    }

    @Test
    void storedResultsAreReadBackAndAFailedOneCountsAsNone() throws IOException {
        ExtractionResult result = extract("seeds/001.docx");
        ReportRecord stored = record("001.docx", ReportStatus.NEEDS_REVIEW, result);
        ReportRecord failed = record("bad.pdf", ReportStatus.FAILED, null);
        Iterable<DatasetRow> rows = DatasetRow.all(List.of(new StoredResult(stored, ResultJson.write(result)),
                new StoredResult(failed, ResultJson.write(ExtractionResult.failed(null, "无法读取"))),
                new StoredResult(record("queued.pdf", ReportStatus.QUEUED, null), null)));
        assertThat(rows).extracting(r -> r.result() == null).containsExactly(false, true, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetCsv.write(rows, out);
        List<CSVRecord> records = csv(out.toByteArray());
        // Seed 001: 新收 自然人 2, 三（五）2.重复申请 自然人 1.
        assertThat(records.get(1).get(column(records.get(0).toList(), NEW_NATURAL))).isEqualTo("2");
        assertThat(records.get(1).get(column(records.get(0).toList(),
                "三·三、本年度办理结果 （五）不予处理 2.重复申请·自然人 [requests.rejected_repeat.natural_person]"))).isEqualTo("1");
        assertThat(records.get(2).get(5)).isEqualTo("处理失败");
        assertThat(records.get(2).get(6)).isEmpty();
        assertThat(records.get(3).get(5)).isEqualTo("排队中");
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefusedButNumbersAreNot() throws IOException {
        // typos: 行政许可 本年增/减 is written -3 (signed, not a formula).
        ExtractionResult result = extract("cases/typos.txt");
        ReportRecord stranger = new ReportRecord(java.util.UUID.randomUUID(), "x", "=HYPERLINK(\"http://x\",\"a\").txt",
                "text/plain", 1, "t", ReportStatus.NEEDS_REVIEW, null, "@SUM(A1)局", 2020, "2019", 1, 1, "text",
                null, null, null);
        List<CSVRecord> records = export(new DatasetRow(stranger, result));
        CSVRecord report = records.get(1);
        assertThat(report.get(1)).isEqualTo("'=HYPERLINK(\"http://x\",\"a\").txt");
        assertThat(report.get(2)).isEqualTo("'@SUM(A1)局");
        assertThat(report.get(column(records.get(0).toList(),
                "二·第二十条第（五）项 行政许可·本年增/减 [active.art20_5_licensing.change]"))).isEqualTo("-3");
        assertThat(CsvTable.guarded("+86 571")).isEqualTo("'+86 571");
        assertThat(CsvTable.guarded("-")).isEqualTo("'-");
        assertThat(CsvTable.guarded("锦阳路街道")).isEqualTo("锦阳路街道");
    }
}

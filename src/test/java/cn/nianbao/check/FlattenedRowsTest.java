package cn.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.map.FilledForm;
import cn.nianbao.map.HeuristicMapper;
import cn.nianbao.map.ReportMetaReader;
import cn.nianbao.map.VersionGuess;
import cn.nianbao.map.YearEvidence;
import cn.nianbao.result.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlattenedRowsTest {
    /** As in models/ocr.properties. */
    private static final double OCR_THRESHOLD = 0.75;


    private static List<Finding> check(FilledForm form) {
        ReportMetaReader.Meta meta = new ReportMetaReader.Meta("某局", new YearEvidence(2021, null, 2021), null, null);
        return Checker.standard(OCR_THRESHOLD).check(form, CheckContext.of(new SourceDocument("html", 1, List.of()), meta,
                new VersionGuess(form.version(), false, true)));
    }

    private static FilledForm map(String... lines) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("三、收到和处理政府信息公开申请情况", Origin.line(1)));
        for (String line : lines) {
            blocks.add(new Paragraph(line, Origin.line(blocks.size() + 1)));
        }
        return new HeuristicMapper().map(new SourceDocument("html", 1, blocks), FormCatalog.standard().version("2021"));
    }

    @Test
    void theColumnSumsPickTheOneCutThatFits() {
        List<String> lines = new ArrayList<>(List.of("一、本年新收政府信息公开申请数量 11 0 0 0 0 0 11",
                "（一）予以公开110000011"));
        for (String otherResult : List.of("（二）部分公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
                "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "1.信访举报投诉类申请",
                "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")) {
            lines.add(otherResult + " 0 0 0 0 0 0 0");
        }
        lines.add("（七）总计 11 0 0 0 0 0 11");
        FilledForm form = map(lines.toArray(String[]::new));
        List<Finding> findings = check(form);
        assertThat(form.cell("requests.granted.natural_person").getValue()).isEqualByComparingTo("11");
        assertThat(form.cell("requests.granted.commercial").getValue()).isEqualByComparingTo("0");
        assertThat(findings).noneMatch(f -> f.rule().equals("not_a_number"));
    }

    @Test
    void aCutNoIdentityCanSettleIsOneFindingForTheRow() {
        FilledForm form = map("（一）予以公开110000011");
        List<Finding> findings = check(form);
        assertThat(findings).filteredOn(f -> f.rule().equals("not_a_number")).singleElement().satisfies(f -> {
            assertThat(f.cells()).hasSize(7).contains("requests.granted.total");
            assertThat(f.message()).contains("1/10/0/0/0/0/11").contains("11/0/0/0/0/0/11");
        });
    }
}

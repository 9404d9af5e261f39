package cn.nianbao.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.result.CellState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeuristicMapperTest {

    private static Paragraph p(String text) {
        return new Paragraph(text, Origin.line(1));
    }

    private static Table table(String... rows) {
        List<TableRow> out = new ArrayList<>();
        for (String row : rows) {
            List<TableCell> cells = new ArrayList<>();
            for (String text : row.split("\\|", -1)) {
                cells.add(TableCell.simple(text, cells.size(), Origin.tableCell(0, out.size(), cells.size())));
            }
            out.add(new TableRow(cells));
        }
        return new Table(out, Origin.table(0));
    }

    private static FilledForm map(String version, Block... blocks) {
        return new HeuristicMapper().map(new SourceDocument("docx", 1, List.of(blocks)),
                FormCatalog.standard().version(version));
    }

    @Test
    void aTableSplitInTwoAndMergedLabelsStillFillTheirRows() {
        FilledForm form = map("2021",
                p("三、收到和处理政府信息公开申请情况"),
                table("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|申请人情况",
                        "自然人|法人或其他组织|总计",
                        "商业企业|科研机构|社会公益组织|法律服务机构|其他",
                        "一、本年新收政府信息公开申请数量|7|1|0|0|0|2|10",
                        "二、上年结转政府信息公开申请数量|1|0|0|0|0|0|1",
                        "三、本年度办理结果|（一）予以公开|4|1|0|0|0|1|6"),
                p(""),
                table("（二）部分公开（区分处理的，只计这一情形，不计其他情形）|2|0|0|0|0|0|2",
                        "（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|1|0|0|0|0|0|1",
                        "3.其他|0|0|0|0|0|1|1"));
        assertThat(form.cell("requests.new_received.total").getValue()).isEqualByComparingTo("10");
        assertThat(form.cell("requests.granted.total").getValue()).isEqualByComparingTo("6");
        assertThat(form.cell("requests.partly_granted.natural_person").getValue()).isEqualByComparingTo("2");
        assertThat(form.cell("requests.other_no_correction.natural_person").getValue()).isEqualByComparingTo("1");
        assertThat(form.cell("requests.other_other.other_org").getValue()).isEqualByComparingTo("1");
        assertThat(form.cell("requests.denied_state_secret.total").getState()).isEqualTo(CellState.MISSING);
        assertThat(form.extras()).isEmpty();
    }

    @Test
    void rowsPastedAsTextLinesAreRead() {
        FilledForm form = map("2019",
                p("二、主动公开政府信息情况"),
                p("规章  0  1  5"),
                p("政府集中采购  3  1763 万余元"),
                p("本行政区域政府信息公开发布总数量：12"),
                p("四、政府信息公开行政复议、行政诉讼情况"),
                p("0 1 0 0 1 0 0 0 0 0 0 0 0 0 0"));
        assertThat(form.cell("active.art20_1_rules.total_published").getValue()).isEqualByComparingTo("5");
        assertThat(form.cell("active.art20_9_procurement.amount_wan").getValue()).isEqualByComparingTo("1763");
        assertThat(form.cell("active.art20_9_procurement.amount_wan").getRaw()).isEqualTo("1763万余元");
        assertThat(form.cell("appeals.review.corrected").getValue()).isEqualByComparingTo("1");
        assertThat(form.cell("appeals.review.total").getValue()).isEqualByComparingTo("1");
        assertThat(form.extras()).singleElement().satisfies(e -> assertThat(e.raw()).isEqualTo("12"));
    }

    @Test
    void aTablePastedOneCellPerLineWithoutTabsIsRead() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(p("三、收到和处理政府信息公开申请情况"));
        for (String line : List.of("申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织",
                "法律服务机构", "其他", "一、本年新收政府信息公开申请数量", "3", "0", "0", "0", "0", "1", "4",
                "（二）部分公开（区分处理的，只计这一情形，", "不计其他情形）", "1", "0", "0", "0", "0", "0", "1")) {
            blocks.add(p(line));
        }
        FilledForm form = map("2021", blocks.toArray(Block[]::new));
        assertThat(form.cell("requests.new_received.total").getValue()).isEqualByComparingTo("4");
        assertThat(form.cell("requests.new_received.other_org").getValue()).isEqualByComparingTo("1");
        assertThat(form.cell("requests.partly_granted.natural_person").getValue()).isEqualByComparingTo("1");
        assertThat(form.extras()).isEmpty();
    }

    @Test
    void cellsACrawlerRanTogetherAreCutByTheRowTotal() {
        FilledForm form = map("2021",
                p("三、收到和处理政府信息公开申请情况"),
                p("一、本年新收政府信息公开申请数量230 000023"),
                p("二、上年结转政府信息公开申请数量1111"));
        assertThat(List.of("natural_person", "commercial", "research", "public_interest", "legal_services", "other_org",
                "total").stream().map(c -> form.cell("requests.new_received." + c).getValue().intValue()).toList())
                .containsExactly(23, 0, 0, 0, 0, 0, 23);
        assertThat(form.cell("requests.new_received.total").getConfidence()).isEqualTo(0.8);
        assertThat(form.flattened()).isEmpty();
        assertThat(form.cell("requests.carried_over.total").getState()).isEqualTo(CellState.MISSING);
    }

    @Test
    void runTogetherCellsThatCanBeCutSeveralWaysAreLeftToTheChecker() {
        FilledForm form = map("2021",
                p("三、收到和处理政府信息公开申请情况"),
                p("一、本年新收政府信息公开申请数量 10 1 0 0 0 0 11"),
                p("（一）予以公开 110000011"));
        assertThat(form.flattened()).singleElement().satisfies(row -> {
            assertThat(row.splits()).containsExactlyInAnyOrder(List.of(1L, 10L, 0L, 0L, 0L, 0L, 11L),
                    List.of(11L, 0L, 0L, 0L, 0L, 0L, 11L));
            assertThat(row.raw()).isEqualTo("110000011");
        });
        assertThat(form.cell("requests.granted.total").getValue()).isNull();
    }

    @Test
    void rowsOfATableWhoseHeadingWasLostFindTheirTable() {
        FilledForm form = map("2021",
                p("二、主动公开政府信息情况"),
                table("规章|0|0|1", "行政许可|12"),
                table("一、本年新收政府信息公开申请数量|3|0|0|0|0|0|3",
                        "（一）予以公开|3|0|0|0|0|0|3"));
        assertThat(form.cell("active.art20_5_licensing.decisions").getValue()).isEqualByComparingTo("12");
        assertThat(form.cell("requests.new_received.total").getValue()).isEqualByComparingTo("3");
        assertThat(form.cell("requests.granted.natural_person").getValue()).isEqualByComparingTo("3");
        assertThat(form.extras()).isEmpty();
    }

    @Test
    void appealsWrittenAsOneRowPerGroupAreRead() {
        FilledForm form = map("2021",
                p("四、政府信息公开行政复议、行政诉讼情况"),
                table("行政复议|2|1|0|0|3", "未经复议直接起诉|0|0|0|1|1", "复议后起诉|0|0|1|0|1"));
        assertThat(form.cell("appeals.review.total").getValue()).isEqualByComparingTo("3");
        assertThat(form.cell("appeals.suit_direct.pending").getValue()).isEqualByComparingTo("1");
        assertThat(form.cell("appeals.suit_after_review.other").getValue()).isEqualByComparingTo("1");
    }

    @Test
    void rowsTheTemplateLacksBecomeExtrasAndNarrativeNumbersStayOut() {
        FilledForm form = map("2019",
                p("一、总体情况"),
                p("全年主动公开信息 1970 条"),
                p("二、主动公开政府信息情况"),
                table("第二十条第（一）项", "信息内容|本年新制作数量|本年新公开数量|对外公开总数量", "规章|0|0|0",
                        "2020年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）：5"));
        assertThat(form.extras()).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("2020年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）");
            assertThat(e.raw()).isEqualTo("5");
        });
    }
}

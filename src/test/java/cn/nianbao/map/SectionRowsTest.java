package cn.nianbao.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Block;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionRowsTest {
    private static final FormVersion VERSION = FormCatalog.standard().version("2021");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "二、主动公开政府信息情况|active",
        "2、 主动公开政府信息情况|active",
        "### 三、收到和处理政府信息公开申请情况|requests",
        "四、政府信息公开行政复议、行政诉讼情况|appeals",
        "四、政府信息公开行政法复议、行政诉讼情况|appeals",
        "四、因政府信息公开申请行政复议、提起行政诉讼的情况|appeals",
        "五、存在的主要问题及改进情况|narrative",
        "六、其他需要报告的事项|narrative",
    })
    void headingsOfTheFieldOpenTheirSection(String heading, String section) {
        assertThat(SectionRows.headingSection(heading, VERSION, null)).isEqualTo(section);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020年本行政区域政府信息公开发布总数量：5三、收到和处理政府信息公开申请情况|2020年本行政区域政府信息公开发布总数量：5",
        "0 0 0 1 1 0 0 0 0 0 0 0 0 0 0五、存在的主要问题及改进情况|0 0 0 1 1 0 0 0 0 0 0 0 0 0 0",
    })
    void aHeadingGluedToTheLineBeforeIsCutOff(String text, String before) {
        assertThat(SectionRows.atHeadings(text, VERSION)).hasSize(2).first().isEqualTo(before);
        assertThat(SectionRows.atHeadings("一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2", VERSION)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "（二）主动公开信息情况",
        "2020年，我局未收到政府信息公开申请，也未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
    })
    void narrativeThatNamesASectionOpensNone(String text) {
        assertThat(SectionRows.headingSection(text, VERSION, null)).isNull();
    }

    @Test
    void aRowCutByAPageBreakIsJoinedAgain() {
        List<Block> blocks = List.of(new Paragraph("三、收到和处理政府信息公开申请情况", null),
                table(row("（六）其他处理", "2.申请人逾期未按收费通知要求", "0", "0", "0", "0", "0", "0", "0")),
                table(row("", "缴纳费用、行政机关不再处理其政府信息公开申请", "", "", "", "", "", "", ""),
                        row("", "3.其他", "1", "0", "0", "0", "0", "0", "1")));
        List<SourceRow> rows = SectionRows.of(blocks, VERSION);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).leafLabel()).isEqualTo("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        assertThat(rows.get(0).values()).extracting(TableCell::text).containsExactly("0", "0", "0", "0", "0", "0", "0");
        assertThat(rows.get(1).leafLabel()).isEqualTo("3.其他");
    }

    @Test
    void aNumberedRowWithBlankCellsAtTheTopOfAPageStaysARow() {
        List<Block> blocks = List.of(new Paragraph("三、收到和处理政府信息公开申请情况", null),
                table(row("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                        "0", "0", "0", "0", "0", "0", "0")),
                table(row("", "3.其他", "", "", "", "", "", "", "")));
        assertThat(SectionRows.of(blocks, VERSION)).extracting(SourceRow::leafLabel)
                .containsExactly("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他");
    }

    private static Table table(TableRow... rows) {
        return new Table(List.of(rows), null);
    }

    private static TableRow row(String... texts) {
        List<TableCell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(TableCell.simple(text, cells.size(), null));
        }
        return new TableRow(cells);
    }
}

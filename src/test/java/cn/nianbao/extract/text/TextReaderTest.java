package cn.nianbao.extract.text;

import static cn.nianbao.extract.TestFiles.blockAfterParagraph;
import static cn.nianbao.extract.TestFiles.fixture;
import static cn.nianbao.extract.TestFiles.paragraphs;
import static cn.nianbao.extract.TestFiles.rowWith;
import static cn.nianbao.extract.TestFiles.tables;
import static cn.nianbao.extract.TestFiles.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import cn.nianbao.extract.ReadException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextReaderTest {

    private final TextReader reader = new TextReader();

    private SourceDocument seed(String name) throws ReadException {
        return reader.read(fixture("seeds/" + name), name);
    }

    private SourceDocument text(String content, Charset charset) throws ReadException {
        return reader.read(content.getBytes(charset), "x.txt");
    }

    @Test
    void seed001NewRequestsRowHoldsItsSevenValuesOnePerLine() throws ReadException {
        SourceDocument document = seed("001.txt");

        TableRow row = rowWith(document, "一、本年新收政府信息公开申请数量");

        assertThat(texts(row)).containsExactly("一、本年新收政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2");
        assertThat(row.cells()).extracting(TableCell::column).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(row.cells().get(0).origin()).isEqualTo(Origin.line(114));
        assertThat(row.cells().get(7).origin()).isEqualTo(Origin.line(121));
        assertThat(document.method()).isEqualTo("text");
        assertThat(document.pages()).isEqualTo(1);
    }

    @Test
    void seed001EachSectionTableFollowsItsHeading() throws ReadException {
        SourceDocument document = seed("001.txt");

        Table active = (Table) blockAfterParagraph(document, "二、主动公开政府信息情况");
        Table requests = (Table) blockAfterParagraph(document, "三、收到和处理政府信息公开申请情况");
        Table appeals = (Table) blockAfterParagraph(document, "四、政府信息公开行政复议、行政诉讼情况");

        assertThat(texts(active.rows().get(0))).containsExactly("第二十条第（一）项");
        assertThat(active.origin()).isEqualTo(Origin.line(20));
        assertThat(texts(active.rows().get(active.rows().size() - 1))).containsExactly("政府集中釆购", "0", "0");
        assertThat(texts(requests.rows().get(1))).containsExactly("", "自然人", "法人或其他组织", "总计");
        assertThat(texts(appeals.rows().get(3))).hasSize(15).containsOnly("0");
        assertThat(tables(document)).hasSize(3);
    }

    @Test
    void seed001NarrativeLinesAreParagraphsWithTheirLineNumbers() throws ReadException {
        SourceDocument document = seed("001.txt");

        assertThat(document.blocks().get(0)).isEqualTo(new Paragraph("铜川市耀州区锦阳路街道办事处", Origin.line(1)));
        assertThat(document.blocks()).contains(new Paragraph("2020年，锦阳路街道办事处未收到信息公开申请。", Origin.line(10)));
        assertThat(document.blocks()).contains(new Paragraph("一、总体情况", Origin.line(4)));
        assertThat(paragraphs(document)).last().isEqualTo("六、无其他需要报告的事项");
    }

    @Test
    void seed002LineWithoutTabContinuesTheCellAbove() throws ReadException {
        SourceDocument document = seed("002.txt");

        TableRow header = rowWith(document, "商业\n企业");
        TableRow noCorrection = rowWith(document, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");

        assertThat(texts(header)).containsExactly("", "", "商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", "");
        assertThat(texts(noCorrection)).endsWith("0", "\n0");
        assertThat(noCorrection.cells().get(9).origin()).isEqualTo(Origin.line(309));
        assertThat(texts(rowWith(document, "结果维持"))).contains("结果\n纠正", "其他\n结果", "尚未\n审结");
    }

    @Test
    void seed003VariantHeadingIsAParagraphAndCellSpacesAreKept() throws ReadException {
        SourceDocument document = seed("003.txt");

        assertThat(blockAfterParagraph(document, "2、 主动公开政府信息情况")).isInstanceOf(Table.class);
        // The spaces around the digits are no-break spaces in this file; the mapper trims, the reader keeps.
        assertThat(texts(rowWith(document, "一、本年新收政府信息公开申请数量"))).containsExactly(
                "一、本年新收政府信息公开申请数量", "0\u00a0", "0\u00a0", "0\u00a0", "\u00a00", "0\u00a0", "0\u00a0", "0\u00a0");
    }

    @Test
    void seed000KeepsPlaceholdersAndWrappedHeaders() throws ReadException {
        SourceDocument document = seed("000.txt");

        assertThat(texts(rowWith(document, "信息内容"))).containsExactly("信息内容", "本年新\n制作数量", "本年新\n公开数量", "对外公开总数量");
        assertThat(texts(rowWith(document, "一、本年新收政府信息公开申请数量")))
                .containsExactly("一、本年新收政府信息公开申请数量", "\u00a0-", "-\u00a0", "-\u00a0", "\u00a0-", "-\u00a0",
                        "\u00a0-", "\u00a0-");
        assertThat(texts(rowWith(document, "政府集中采购"))).containsExactly("政府集中采购", "111", "1763万余元");
    }

    @Test
    void seed004TabRowsKeepEmptyFieldsAndTheOrphanedFifteenValueRow() throws ReadException {
        SourceDocument document = seed("004.txt");

        TableRow appealsValues = tables(document).stream().flatMap(table -> table.rows().stream())
                .filter(row -> row.cells().size() == 15).findFirst().orElseThrow();

        assertThat(texts(appealsValues)).containsOnly("0");
        assertThat(appealsValues.cells()).extracting(TableCell::origin)
                .containsExactlyElementsOf(IntStream.range(0, 15).mapToObj(i -> Origin.lineCell(66, i)).toList());
        assertThat(appealsValues.cells()).extracting(TableCell::column)
                .containsExactlyElementsOf(IntStream.range(0, 15).boxed().toList());
        assertThat(texts(rowWith(document, "第二十条第（一）项"))).containsExactly("第二十条第（一）项", "", "", "");
        assertThat(texts(rowWith(document, "5.属于三类内部事务信息")))
                .containsExactly("5.属于三类内部事务信息", "", "0", "0", "0", "0", "0", "0", "0", "");
    }

    @Test
    void seed004MarkdownRuleLinesAreNotDataAndMarkersAreStripped() throws ReadException {
        SourceDocument document = seed("004.txt");

        List<String> allCells = tables(document).stream().flatMap(table -> table.rows().stream())
                .flatMap(row -> texts(row).stream()).toList();
        assertThat(allCells).doesNotContain("---");
        assertThat(document.blocks().get(0))
                .isEqualTo(new Paragraph("华龙区人民政府长庆路街道办事处2020年政府信息公开工作年度报告", Origin.line(3)));
        assertThat(paragraphs(document)).contains("三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项")
                .anyMatch(text -> text.startsWith("(一) 政务公开工作人员力量不够"));
        Table requests = (Table) blockAfterParagraph(document, "三、收到和处理政府信息公开申请情况");
        assertThat(requests.rows()).hasSize(13);
        assertThat(requests.rows().get(0).cells().get(0).text()).startsWith("(本列数据的勾稽关系为");
    }

    @Test
    void headingDirectlyUnderACellEndsTheTable() throws ReadException {
        SourceDocument document = text("\t0\n四、政府信息公开行政复议、行政诉讼情况\n\t1\n", StandardCharsets.UTF_8);

        assertThat(document.blocks()).hasSize(3);
        assertThat(document.blocks().get(1)).isEqualTo(new Paragraph("四、政府信息公开行政复议、行政诉讼情况", Origin.line(2)));
        assertThat(texts(((Table) document.blocks().get(2)).rows().get(0))).containsExactly("1");
    }

    @Test
    void pipeTableRowsAreSplitAndTrimmed() throws ReadException {
        SourceDocument document = text("## 二、主动公开\n| 信息内容 | 本年新制作数量 |\n|---|---:|\n| 规章 | 0 |\n",
                StandardCharsets.UTF_8);

        assertThat(document.blocks().get(0)).isEqualTo(new Paragraph("二、主动公开", Origin.line(1)));
        Table table = (Table) document.blocks().get(1);
        assertThat(table.rows()).hasSize(2);
        assertThat(texts(table.rows().get(1))).containsExactly("规章", "0");
        assertThat(table.rows().get(1).cells().get(1).origin()).isEqualTo(Origin.lineCell(4, 1));
    }

    @Test
    void gbkAndUtf16AndBomAndCrlfReadLikeUtf8() throws ReadException {
        String seed = new String(fixture("seeds/001.txt"), StandardCharsets.UTF_8);
        List<Block> expected = seed("001.txt").blocks();

        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] crlf = seed.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] utf8WithBom = new byte[bom.length + crlf.length];
        System.arraycopy(bom, 0, utf8WithBom, 0, bom.length);
        System.arraycopy(crlf, 0, utf8WithBom, bom.length, crlf.length);

        assertThat(text(seed, Charset.forName("GBK")).blocks()).isEqualTo(expected);
        assertThat(reader.read(utf8WithBom, "x.txt").blocks()).isEqualTo(expected);
        assertThat(text("\ufeff" + seed, StandardCharsets.UTF_16LE).blocks()).isEqualTo(expected);
    }

    @Test
    void shortGbkTextIsNotMistakenForAnotherEncoding() throws ReadException {
        SourceDocument document = text("朱镕基\n\t0\n", Charset.forName("GBK"));

        assertThat(paragraphs(document)).containsExactly("朱镕基");
    }

    @Test
    void emptyAndBinaryFilesAreRejectedInPlainWords() {
        assertThatThrownBy(() -> reader.read(new byte[0], "empty.txt"))
                .isInstanceOf(ReadException.class).hasMessage("文件为空（0 字节）");
        assertThatThrownBy(() -> reader.read(fixture("bad/random.docx"), "random.txt"))
                .isInstanceOf(ReadException.class).hasMessage("文件内容不是文本，无法按文本文件读取");
    }
}

package cn.nianbao.extract.html;

import static cn.nianbao.extract.TestFiles.paragraphs;
import static cn.nianbao.extract.TestFiles.tables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.extract.ReadException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static final Charset GBK = Charset.forName("GBK");

    private final HtmlReader reader = new HtmlReader();

    private SourceDocument page(String html) throws ReadException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    @Test
    void rowspanAndColspanAreLaidOutOnTheGrid() throws ReadException {
        Table table = tables(page("""
                <table>
                  <tr><th rowspan="2">申请人情况</th><th colspan="2">法人或其他组织</th><th rowspan="2">总计</th></tr>
                  <tr><th>商业企业</th><th>科研机构</th></tr>
                  <tr><td>一、本年新收政府信息公开申请数量</td><td>1</td><td>0</td><td>1</td></tr>
                  <tr><td rowspan="2">三、本年度办理结果</td><td>2</td><td>0</td><td>2</td></tr>
                  <tr><td>3</td><td>1</td><td>4</td></tr>
                </table>""")).get(0);

        assertThat(table.origin()).isEqualTo(Origin.table(0));
        assertThat(table.rows().get(0).cells())
                .extracting(TableCell::text, TableCell::column, TableCell::colSpan, TableCell::rowSpan)
                .containsExactly(tuple("申请人情况", 0, 1, 2), tuple("法人或其他组织", 1, 2, 1), tuple("总计", 3, 1, 2));
        assertThat(table.rows().get(1).cells()).extracting(TableCell::text, TableCell::column)
                .containsExactly(tuple("商业企业", 1), tuple("科研机构", 2));
        assertThat(table.rows().get(3).cells().get(0).rowSpan()).isEqualTo(2);
        assertThat(table.rows().get(4).cells()).extracting(TableCell::text, TableCell::column)
                .containsExactly(tuple("3", 1), tuple("1", 2), tuple("4", 3));
        assertThat(table.rows().get(4).cells().get(0).origin()).isEqualTo(Origin.tableCell(0, 4, 1));
    }

    @Test
    void rowspanPastTheLastRowIsCutAtTheTableEnd() throws ReadException {
        Table table = tables(page("<table><tr><td rowspan=\"9\">a</td><td>b</td></tr><tr><td>c</td></tr></table>"))
                .get(0);

        assertThat(table.rows().get(0).cells().get(0).rowSpan()).isEqualTo(2);
        assertThat(table.rows().get(1).cells()).extracting(TableCell::column).containsExactly(1);
    }

    @Test
    void siteNavigationScriptsAndFootersAreDropped() throws ReadException {
        SourceDocument document = page("""
                <html><head><title>站点</title><style>p {color: red}</style></head><body>
                <div class="header">某某区人民政府门户网站</div>
                <ul id="topMenu"><li>首页</li><li>政务公开</li></ul>
                <nav>导航</nav>
                <div class="breadcrumb">当前位置：首页 &gt; 政务公开</div>
                <div class="main">
                  <h1>某某街道办事处2021年政府信息公开工作年度报告</h1>
                  <script>document.write("广告");</script>
                  <p>一、总体情况</p>
                  <p style="display: none">隐藏内容</p>
                  <p>2021年，本街道认真贯彻落实《条例》。</p>
                </div>
                <div class="footer">版权所有 某某区人民政府</div>
                </body></html>""");

        assertThat(document.blocks()).containsExactly(
                new Paragraph("某某街道办事处2021年政府信息公开工作年度报告", Origin.paragraph(0)),
                new Paragraph("一、总体情况", Origin.paragraph(1)),
                new Paragraph("2021年，本街道认真贯彻落实《条例》。", Origin.paragraph(2)));
        assertThat(document.method()).isEqualTo("html");
    }

    @Test
    void navigationLookingWrapperThatHoldsTheReportIsKept() throws ReadException {
        SourceDocument document = page("""
                <body><div class="menu-content"><p>一、总体情况</p><p>二、主动公开政府信息情况</p></div>
                <div class="nav">首页</div></body>""");

        assertThat(paragraphs(document)).containsExactly("一、总体情况", "二、主动公开政府信息情况");
    }

    @Test
    void blocksAndLineBreaksSplitLinesWhileInlineTextRunsOn() throws ReadException {
        SourceDocument document = page("""
                <div>第一行<br>第二<span>行</span></div><p>本年 <b>新收</b>&nbsp;申请</p>
                <div>直接文字<div>内层</div>尾部</div>""");

        assertThat(paragraphs(document)).containsExactly("第一行", "第二行", "本年 新收 申请", "直接文字", "内层", "尾部");
    }

    @Test
    void cellLinesAreJoinedByLineFeeds() throws ReadException {
        Table table = tables(page("<table><tr><td><p>本年新</p><p>制作数量</p></td><td>结果<br>维持</td></tr></table>"))
                .get(0);

        assertThat(table.rows().get(0).cells()).extracting(TableCell::text).containsExactly("本年新\n制作数量", "结果\n维持");
    }

    @Test
    void layoutWrapperIsReadThroughToItsParagraphsAndTables() throws ReadException {
        SourceDocument document = page("""
                <table width="100%"><tr><td>
                  <p>某某街道办事处2021年政府信息公开工作年度报告</p>
                  <table><tr><td>行政许可</td><td>0</td></tr><tr><td>行政处罚</td><td>5</td></tr></table>
                  <p>五、存在的主要问题及改进情况</p>
                </td></tr></table>""");

        assertThat(document.blocks()).hasSize(3);
        assertThat(document.blocks().get(0)).isEqualTo(new Paragraph("某某街道办事处2021年政府信息公开工作年度报告", Origin.paragraph(0)));
        Table data = (Table) document.blocks().get(1);
        assertThat(data.rows().get(1).cells()).extracting(TableCell::text).containsExactly("行政处罚", "5");
        assertThat(data.rows().get(1).cells().get(1).origin()).isEqualTo(Origin.tableCell(0, 1, 1));
        assertThat(document.blocks().get(2)).isEqualTo(new Paragraph("五、存在的主要问题及改进情况", Origin.paragraph(1)));
    }

    @Test
    void smallTableInsideADataCellStaysInThatCell() throws ReadException {
        SourceDocument document = page("""
                <table>
                  <tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
                  <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
                  <tr><td>规范性文件</td><td>0</td><td>0</td><td>备注<table><tr><td>甲</td><td>乙</td></tr></table></td></tr>
                </table>""");

        assertThat(tables(document)).hasSize(1);
        assertThat(tables(document).get(0).rows().get(2).cells().get(3).text()).isEqualTo("备注\n甲\t乙");
    }

    @Test
    void gbkPageIsDecodedByItsMetaCharsetWidenedToGb18030() throws ReadException {
        // 镕 is in GBK but not in GB2312, which the page declares; real pages do this all the time.
        byte[] bytes = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>朱镕基同志</p></body></html>"
                .getBytes(GBK);

        assertThat(paragraphs(reader.read(bytes, "gbk.html"))).containsExactly("朱镕基同志");
    }

    @Test
    void gbkPageWithoutOrWithAWrongDeclarationIsDetectedFromItsBytes() throws ReadException {
        byte[] undeclared = "<html><body><p>政府信息公开工作年度报告</p></body></html>".getBytes(GBK);
        byte[] declaredUtf8 = "<html><head><meta charset=\"utf-8\"></head><body><p>政府信息公开工作年度报告</p></body></html>"
                .getBytes(GBK);

        assertThat(paragraphs(reader.read(undeclared, "a.html"))).containsExactly("政府信息公开工作年度报告");
        assertThat(paragraphs(reader.read(declaredUtf8, "b.html"))).containsExactly("政府信息公开工作年度报告");
    }

    @Test
    void emptyFileIsRejectedInPlainWords() {
        assertThatThrownBy(() -> reader.read(new byte[0], "empty.html"))
                .isInstanceOf(ReadException.class).hasMessage("文件为空（0 字节）");
    }
}

package cn.nianbao.extract.docx;

import static cn.nianbao.extract.TestFiles.fixture;
import static cn.nianbao.extract.TestFiles.paragraphs;
import static cn.nianbao.extract.TestFiles.tables;
import static cn.nianbao.extract.TestFiles.texts;
import static cn.nianbao.extract.docx.WordFiles.bytes;
import static cn.nianbao.extract.docx.WordFiles.continueWithVal;
import static cn.nianbao.extract.docx.WordFiles.continueWithoutVal;
import static cn.nianbao.extract.docx.WordFiles.restart;
import static cn.nianbao.extract.docx.WordFiles.span;
import static cn.nianbao.extract.docx.WordFiles.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.extract.ReadException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;

class DocxReaderTest {

    private final DocxReader reader = new DocxReader();

    /**
     * The header of table 三 in small: 申请人情况 and 总计 merged down over two rows (one with
     * {@code <w:vMerge/>}, one with val="continue"), 法人或其他组织 across two columns, and a label merged
     * down over two data rows.
     */
    private static byte[] mergedHeaderDocument() {
        XWPFDocument document = new XWPFDocument();
        XWPFTable table = table(document, new String[][] {
            {"申请人情况", "法人或其他组织", "", "总计"},
            {"", "商业企业", "科研机构", ""},
            {"一、本年新收政府信息公开申请数量", "1", "0", "1"},
            {"三、本年度办理结果", "2", "0", "2"},
            {"", "3", "1", "4"}});
        restart(table.getRow(0).getCell(0));
        restart(table.getRow(0).getCell(3));
        span(table.getRow(0), 1, 2);
        continueWithoutVal(table.getRow(1).getCell(0));
        continueWithVal(table.getRow(1).getCell(3));
        restart(table.getRow(3).getCell(0));
        continueWithoutVal(table.getRow(4).getCell(0));
        return bytes(document);
    }

    @Test
    void mergedCellsAppearOnceInTheirFirstRowWithTheirSpans() throws ReadException {
        Table table = tables(reader.read(mergedHeaderDocument(), "merged.docx")).get(0);

        assertThat(table.rows()).hasSize(5);
        assertThat(table.rows().get(0).cells())
                .extracting(TableCell::text, TableCell::column, TableCell::colSpan, TableCell::rowSpan)
                .containsExactly(tuple("申请人情况", 0, 1, 2), tuple("法人或其他组织", 1, 2, 1), tuple("总计", 3, 1, 2));
        assertThat(table.rows().get(1).cells())
                .extracting(TableCell::text, TableCell::column)
                .containsExactly(tuple("商业企业", 1), tuple("科研机构", 2));
        assertThat(table.rows().get(3).cells())
                .extracting(TableCell::text, TableCell::column, TableCell::rowSpan)
                .containsExactly(tuple("三、本年度办理结果", 0, 2), tuple("2", 1, 1), tuple("0", 2, 1), tuple("2", 3, 1));
        assertThat(texts(table.rows().get(4))).containsExactly("3", "1", "4");
        assertThat(table.rows().get(4).cells()).extracting(TableCell::column).containsExactly(1, 2, 3);
        assertThat(table.rows().get(0).cells().get(2).origin()).isEqualTo(Origin.tableCell(0, 0, 3));
        assertThat(table.rows().get(4).cells().get(0).origin()).isEqualTo(Origin.tableCell(0, 4, 1));
    }

    @Test
    void bodyKeepsReadingOrderAndCountsEveryParagraph() throws ReadException {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("某某街道办事处2021年政府信息公开工作年度报告");
        document.createParagraph();
        table(document, new String[][] {{"规章", "0"}});
        document.createParagraph().createRun().setText("五、存在的主要问题及改进情况");

        SourceDocument read = reader.read(bytes(document), "order.docx");

        assertThat(read.method()).isEqualTo("docx");
        assertThat(read.blocks()).hasSize(3);
        assertThat(read.blocks().get(0)).isEqualTo(new Paragraph("某某街道办事处2021年政府信息公开工作年度报告", Origin.paragraph(0)));
        assertThat(read.blocks().get(1)).isInstanceOf(Table.class);
        assertThat(read.blocks().get(2)).isEqualTo(new Paragraph("五、存在的主要问题及改进情况", Origin.paragraph(2)));
    }

    @Test
    void separateWordTablesStaySeparateTables() throws ReadException {
        XWPFDocument document = new XWPFDocument();
        table(document, new String[][] {{"一、本年新收政府信息公开申请数量", "1"}});
        document.createParagraph();
        table(document, new String[][] {{"二、上年结转政府信息公开申请数量", "0"}});

        SourceDocument read = reader.read(bytes(document), "split.docx");

        assertThat(tables(read)).extracting(Table::origin).containsExactly(Origin.table(0), Origin.table(1));
        assertThat(tables(read).get(1).rows().get(0).cells().get(1).origin()).isEqualTo(Origin.tableCell(1, 0, 1));
    }

    @Test
    void cellTextJoinsItsParagraphsAndNestedTableRows() throws ReadException {
        XWPFDocument document = new XWPFDocument();
        XWPFTable table = table(document, new String[][] {{"本年新", "备注"}});
        table.getRow(0).getCell(0).addParagraph().createRun().setText("制作数量");
        XWPFTableCell remark = table.getRow(0).getCell(1);
        XWPFTable nested;
        try (XmlCursor beforeRemark = remark.getParagraphArray(0).getCTP().newCursor()) {
            nested = remark.insertNewTbl(beforeRemark);
        }
        XWPFTableRow nestedRow = nested.createRow();
        nestedRow.addNewTableCell().setText("甲");
        nestedRow.addNewTableCell().setText("乙");

        TableCell[] cells = tables(reader.read(bytes(document), "nested.docx")).get(0).rows().get(0).cells()
                .toArray(TableCell[]::new);

        assertThat(cells[0].text()).isEqualTo("本年新\n制作数量");
        assertThat(cells[1].text()).isEqualTo("甲\t乙\n备注");
    }

    @Test
    void contentInsideContentControlsIsRead() throws ReadException {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("标题");
        CTSdtBlock control = document.getDocument().getBody().addNewSdt();
        CTP inside = control.addNewSdtContent().addNewP();
        inside.addNewR().addNewT().setStringValue("一、总体情况");

        SourceDocument read = reader.read(bytes(document), "sdt.docx");

        assertThat(paragraphs(read)).containsExactly("标题", "一、总体情况");
    }

    @Test
    void rowStartingLaterInTheGridKeepsItsColumns() throws ReadException {
        XWPFDocument document = new XWPFDocument();
        XWPFTable table = table(document, new String[][] {{"a", "b", "c"}, {"d", "e", "f"}});
        table.getRow(1).getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
        table.getRow(1).removeCell(2);

        Table read = tables(reader.read(bytes(document), "indent.docx")).get(0);

        assertThat(read.rows().get(1).cells()).extracting(TableCell::text, TableCell::column)
                .containsExactly(tuple("d", 1), tuple("e", 2));
    }

    @Test
    void pagesComeFromTheAppPropertiesWhenWordRecordedThem() throws ReadException {
        XWPFDocument withPages = new XWPFDocument();
        withPages.createParagraph().createRun().setText("x");
        withPages.getProperties().getExtendedProperties().setPages(7);

        assertThat(reader.read(bytes(withPages), "seven.docx").pages()).isEqualTo(7);
        assertThat(reader.read(fixture("bad/no-tables.docx"), "no-tables.docx").pages()).isEqualTo(1);
    }

    @Test
    void documentsWithoutReportTablesAreReadAsTheyAre() throws ReadException {
        SourceDocument noTables = reader.read(fixture("bad/no-tables.docx"), "no-tables.docx");
        SourceDocument schedule = reader.read(fixture("bad/not-a-report.docx"), "not-a-report.docx");

        assertThat(tables(noTables)).isEmpty();
        assertThat(paragraphs(noTables)).first().isEqualTo("某某街道办事处2021年政府信息公开工作年度报告");
        assertThat(tables(schedule)).hasSize(1);
        assertThat(texts(tables(schedule).get(0).rows().get(0))).containsExactly("时间", "议程", "负责人");
    }

    @Test
    void brokenFilesRaiseAReadExceptionInPlainWords() {
        assertThatThrownBy(() -> reader.read(fixture("bad/empty.docx"), "empty.docx"))
                .isInstanceOf(ReadException.class).hasMessage("文件为空（0 字节）");
        for (String broken : new String[] {"bad/truncated.docx", "bad/random.docx", "bad/pdf-named.docx"}) {
            assertThatThrownBy(() -> reader.read(fixture(broken), broken))
                    .isInstanceOf(ReadException.class).hasMessage("Word 文件已损坏或不完整，无法打开");
        }
        assertThatThrownBy(() -> reader.read(fixture("readers/merged.doc"), "merged.docx"))
                .isInstanceOf(ReadException.class).hasMessageContaining("不是 .docx 格式");
    }
}

package cn.nianbao.extract.doc;

import static cn.nianbao.extract.TestFiles.fixture;
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
import org.junit.jupiter.api.Test;

/** Reads fixtures/readers/merged.doc, which make-doc.sh converts from a POI-built DOCX with LibreOffice. */
class DocReaderTest {

    private final DocReader reader = new DocReader();

    private SourceDocument merged() throws ReadException {
        return reader.read(fixture("readers/merged.doc"), "merged.doc");
    }

    @Test
    void paragraphsAndTableComeInReadingOrder() throws ReadException {
        SourceDocument document = merged();

        assertThat(document.method()).isEqualTo("doc");
        assertThat(document.pages()).isEqualTo(1);
        assertThat(document.blocks()).hasSize(5);
        assertThat(document.blocks().get(0)).isEqualTo(new Paragraph("某某街道办事处2021年政府信息公开工作年度报告", Origin.paragraph(0)));
        assertThat(document.blocks().get(1)).isEqualTo(new Paragraph("三、收到和处理政府信息公开申请情况", Origin.paragraph(1)));
        assertThat(document.blocks().get(2)).isInstanceOf(Table.class);
        assertThat(document.blocks().get(3)).isEqualTo(new Paragraph("四、政府信息公开行政复议、行政诉讼情况", Origin.paragraph(2)));
        assertThat(tables(document)).extracting(Table::origin).containsExactly(Origin.table(0), Origin.table(1));
    }

    @Test
    void tableNestedInACellAddsItsRowsToTheCellText() throws ReadException {
        Table outer = tables(merged()).get(1);

        assertThat(outer.rows()).hasSize(2);
        assertThat(outer.rows().get(0).cells()).extracting(TableCell::text).containsExactly("外1", "内a\t内b\n内c\t内d\n外2");
        assertThat(outer.rows().get(1).cells()).extracting(TableCell::text).containsExactly("外3", "外4");
    }

    @Test
    void mergedCellsAreRebuiltFromCellEdgesAndMergeFlags() throws ReadException {
        Table table = tables(merged()).get(0);

        assertThat(table.rows()).hasSize(5);
        assertThat(table.rows().get(0).cells())
                .extracting(TableCell::text, TableCell::column, TableCell::colSpan, TableCell::rowSpan)
                .containsExactly(tuple("申请人情况", 0, 1, 2), tuple("法人或其他组织", 1, 2, 1), tuple("总计", 3, 1, 2));
        assertThat(table.rows().get(1).cells()).extracting(TableCell::text, TableCell::column)
                .containsExactly(tuple("商业企业", 1), tuple("科研机构", 2));
        assertThat(table.rows().get(2).cells()).extracting(TableCell::text)
                .containsExactly("一、本年新收政府信息公开申请数量", "1", "0", "1");
        assertThat(table.rows().get(3).cells().get(0).rowSpan()).isEqualTo(2);
        assertThat(table.rows().get(4).cells()).extracting(TableCell::text, TableCell::column)
                .containsExactly(tuple("3", 1), tuple("1", 2), tuple("4", 3));
        assertThat(table.rows().get(4).cells().get(2).origin()).isEqualTo(Origin.tableCell(0, 4, 3));
    }

    @Test
    void brokenAndMislabelledFilesRaiseAReadExceptionInPlainWords() {
        assertThatThrownBy(() -> reader.read(new byte[0], "empty.doc"))
                .isInstanceOf(ReadException.class).hasMessage("文件为空（0 字节）");
        assertThatThrownBy(() -> reader.read(fixture("bad/random.docx"), "random.doc"))
                .isInstanceOf(ReadException.class).hasMessage("Word 文件已损坏或不完整，无法打开");
        assertThatThrownBy(() -> reader.read(fixture("bad/no-tables.docx"), "no-tables.doc"))
                .isInstanceOf(ReadException.class).hasMessageContaining("新版 Word（.docx）");
    }
}

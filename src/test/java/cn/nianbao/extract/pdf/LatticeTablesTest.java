package cn.nianbao.extract.pdf;

import static cn.nianbao.extract.TestFiles.tables;
import static cn.nianbao.extract.TestFiles.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.extract.ReadException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ruled tables read from PDFs drawn here: cells from the lines, text from the glyphs inside them. */
class LatticeTablesTest {
    private final PdfReader reader = new PdfReader(null);

    private Table onlyTable(byte[] pdf) throws ReadException {
        SourceDocument document = reader.read(pdf, "table.pdf");
        assertThat(tables(document)).hasSize(1);
        return tables(document).get(0);
    }

    private static TestPdf threeByThree(TestPdf pdf) {
        return pdf.text(55, 114, 10, "Item").text(205, 114, 10, "Issued").text(305, 114, 10, "Repealed")
                .text(55, 134, 10, "Rules").text(205, 134, 10, "1").text(305, 134, 10, "0")
                .text(55, 154, 10, "Normative").text(205, 154, 10, "12").text(305, 154, 10, "3");
    }

    @Test
    void eachSquareOfTheGridIsACellWithItsTextAndBox() throws ReadException {
        TestPdf pdf = new TestPdf().page().grid(new double[] {50, 200, 300, 400}, new double[] {100, 120, 140, 160});

        Table table = onlyTable(threeByThree(pdf).bytes());

        assertThat(table.rows()).extracting(row -> texts(row))
                .containsExactly(List.of("Item", "Issued", "Repealed"), List.of("Rules", "1", "0"),
                        List.of("Normative", "12", "3"));
        TableCell twelve = table.rows().get(2).cells().get(1);
        assertThat(twelve.column()).isEqualTo(1);
        // Page boxes are in points with y from the top of the page.
        assertThat(twelve.origin().page()).isEqualTo(1);
        assertThat(twelve.origin().bbox()).containsExactly(200.0, 140.0, 100.0, 20.0);
        assertThat(table.origin().bbox()).containsExactly(50.0, 100.0, 350.0, 60.0);
    }

    @ParameterizedTest(name = "/Rotate {0}")
    @ValueSource(ints = {90, 180, 270})
    void onARotatedPageLinesAndTextMeetAsThePageIsShown(int rotation) throws ReadException {
        TestPdf pdf = new TestPdf().page(rotation).grid(new double[] {50, 200, 300, 400},
                new double[] {100, 120, 140, 160});

        Table table = onlyTable(threeByThree(pdf).bytes());

        assertThat(texts(table.rows().get(2))).containsExactly("Normative", "12", "3");
        assertThat(table.rows().get(2).cells().get(1).origin().bbox()).containsExactly(200.0, 140.0, 100.0, 20.0);
    }

    @Test
    void bordersDrawnAsThinFilledBoxesMakeTheSameTable() throws ReadException {
        TestPdf pdf = new TestPdf().page();
        for (double x : new double[] {50, 200, 300, 400}) {
            pdf.filledBox(x - 0.25, 100, 0.5, 60);
        }
        for (double y : new double[] {100, 120, 140, 160}) {
            pdf.filledBox(50, y - 0.25, 350, 0.5);
        }

        Table table = onlyTable(threeByThree(pdf).bytes());

        assertThat(texts(table.rows().get(1))).containsExactly("Rules", "1", "0");
        assertThat(table.rows().get(2).cells().get(2).origin().bbox()).containsExactly(300.0, 140.0, 100.0, 20.0);
    }

    /**
     * The header of table 三 in small: 申请人 merged down two rows, 法人或其他组织 across two columns, 总计
     * merged down; then two data rows.
     */
    @Test
    void mergedCellsAppearOnceInTheirFirstRowWithTheirSpans() throws ReadException {
        TestPdf pdf = new TestPdf().page()
                .line(50, 100, 450, 100).line(150, 120, 350, 120).line(50, 140, 450, 140).line(50, 160, 450, 160)
                .line(50, 180, 450, 180)
                .line(50, 100, 50, 180).line(150, 100, 150, 180).line(250, 120, 250, 180).line(350, 100, 350, 180)
                .line(450, 100, 450, 180)
                .text(55, 124, 10, "Applicant").text(200, 114, 10, "Organisations").text(355, 124, 10, "Total")
                .text(155, 134, 10, "Business").text(255, 134, 10, "Research")
                .text(55, 154, 10, "New").text(155, 154, 10, "1").text(255, 154, 10, "0").text(355, 154, 10, "1")
                .text(55, 174, 10, "Carried").text(155, 174, 10, "0").text(255, 174, 10, "2").text(355, 174, 10, "2");

        Table table = onlyTable(pdf.bytes());

        assertThat(table.rows().get(0).cells())
                .extracting(TableCell::text, TableCell::column, TableCell::colSpan, TableCell::rowSpan)
                .containsExactly(tuple("Applicant", 0, 1, 2), tuple("Organisations", 1, 2, 1), tuple("Total", 3, 1, 2));
        assertThat(table.rows().get(1).cells()).extracting(TableCell::text, TableCell::column)
                .containsExactly(tuple("Business", 1), tuple("Research", 2));
        assertThat(texts(table.rows().get(3))).containsExactly("Carried", "0", "2", "2");
    }

    @Test
    void aLabelWrittenOneCharacterPerLineDownATallCellIsOneCell() throws ReadException {
        // Column 0 is one cell over four rows (no horizontal lines in it); its label stands letter by letter.
        TestPdf pdf = new TestPdf().page()
                .line(50, 100, 260, 100).line(80, 130, 260, 130).line(80, 160, 260, 160).line(80, 190, 260, 190)
                .line(50, 220, 260, 220)
                .line(50, 100, 50, 220).line(80, 100, 80, 220).line(200, 100, 200, 220).line(260, 100, 260, 220)
                .verticalText(62, 115, 10, "RESULT")
                .text(85, 118, 10, "(1) granted").text(205, 118, 10, "4")
                .text(85, 148, 10, "(2) partly").text(205, 148, 10, "5")
                .text(85, 178, 10, "(3) denied").text(205, 178, 10, "6")
                .text(85, 208, 10, "(4) unable").text(205, 208, 10, "7");

        Table table = onlyTable(pdf.bytes());

        TableCell label = table.rows().get(0).cells().get(0);
        assertThat(label.text()).isEqualTo("R\nE\nS\nU\nL\nT");
        assertThat(label.rowSpan()).isEqualTo(4);
        assertThat(texts(table.rows().get(0))).containsExactly("R\nE\nS\nU\nL\nT", "(1) granted", "4");
        assertThat(texts(table.rows().get(1))).containsExactly("(2) partly", "5");
    }

    @Test
    void aLabelWrappedInsideItsCellStaysOneCellBesideItsValue() throws ReadException {
        TestPdf pdf = new TestPdf().page().grid(new double[] {50, 200, 260}, new double[] {100, 140, 160})
                .text(55, 114, 10, "1. Applicant did not").text(55, 128, 10, "correct in time")
                .text(205, 124, 10, "7")
                .text(55, 154, 10, "2. Other").text(205, 154, 10, "0");

        Table table = onlyTable(pdf.bytes());

        assertThat(table.rows()).hasSize(2);
        assertThat(texts(table.rows().get(0))).containsExactly("1. Applicant did not\ncorrect in time", "7");
    }

    @Test
    void aCellWithoutTextIsThereAndBlank() throws ReadException {
        TestPdf pdf = new TestPdf().page().grid(new double[] {50, 200, 260, 320}, new double[] {100, 120})
                .text(55, 114, 10, "Rules").text(265, 114, 10, "3");

        assertThat(texts(onlyTable(pdf.bytes()).rows().get(0))).containsExactly("Rules", "", "3");
    }
}

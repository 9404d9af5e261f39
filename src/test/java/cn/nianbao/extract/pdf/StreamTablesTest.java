package cn.nianbao.extract.pdf;

import static cn.nianbao.extract.TestFiles.paragraphs;
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

/** Tables drawn without lines: cells from the gaps, columns from where the widest rows put them. */
class StreamTablesTest {
    private final PdfReader reader = new PdfReader(null);

    private static TestPdf row(TestPdf pdf, double baseline, String... cells) {
        double[] columns = {50, 250, 330, 420};
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                pdf.text(columns[i], baseline, 10, cells[i]);
            }
        }
        return pdf;
    }

    @Test
    void linesBrokenByWideGapsBecomeRowsOfCells() throws ReadException {
        TestPdf pdf = new TestPdf().page().text(50, 70, 10, "2. Information published");
        row(pdf, 100, "Item", "Issued", "Repealed", "In force");
        row(pdf, 115, "Rules", "1", "0", "5");
        row(pdf, 130, "Normative documents", "2", "1", "7");
        row(pdf, 145, "Licensing", "3", "", "9");
        pdf.text(50, 200, 10, "3. Requests");

        SourceDocument document = reader.read(pdf.bytes(), "stream.pdf");

        assertThat(tables(document)).hasSize(1);
        Table table = tables(document).get(0);
        assertThat(table.rows()).extracting(r -> texts(r)).containsExactly(
                List.of("Item", "Issued", "Repealed", "In force"),
                List.of("Rules", "1", "0", "5"),
                List.of("Normative documents", "2", "1", "7"),
                List.of("Licensing", "3", "", "9"));
        assertThat(paragraphs(document)).containsExactly("2. Information published", "3. Requests");
        assertThat(document.blocks().get(1)).isSameAs(table);
    }

    @Test
    void aPieceReachingOverSeveralColumnsSpansThem() throws ReadException {
        TestPdf pdf = new TestPdf().page();
        pdf.text(50, 100, 10, "Item").text(250, 100, 10, "Decisions in the year and").text(420, 100, 10, "Total");
        row(pdf, 115, "Licensing", "1", "0", "1");
        row(pdf, 130, "Penalty", "4", "2", "6");

        Table table = tables(reader.read(pdf.bytes(), "stream.pdf")).get(0);

        assertThat(table.rows().get(0).cells()).extracting(TableCell::text, TableCell::column, TableCell::colSpan)
                .containsExactly(tuple("Item", 0, 1), tuple("Decisions in the year and", 1, 2), tuple("Total", 3, 1));
    }

    @Test
    void rowsBoxedWithoutColumnLinesAreSplitAtTheirGaps() throws ReadException {
        TestPdf pdf = new TestPdf().page().grid(new double[] {50, 500}, new double[] {100, 120, 140});
        row(pdf, 114, "Rules", "1", "0", "5");
        row(pdf, 134, "Normative documents", "2", "1", "7");

        SourceDocument document = reader.read(pdf.bytes(), "boxed.pdf");

        assertThat(tables(document)).hasSize(1);
        assertThat(texts(tables(document).get(0).rows().get(1))).containsExactly("Normative documents", "2", "1", "7");
    }

    @Test
    void runningTextAndASingleLineWithAGapAreNoTable() throws ReadException {
        TestPdf pdf = new TestPdf().page();
        pdf.paragraph(50, 100, 10, 450, 20, "Running text is never a table however long it runs: its words are "
                + "separated by spaces that are much narrower than the gaps between the columns of a table.");
        pdf.text(50, 200, 10, "Contact office").text(400, 200, 10, "2022-01-15");

        SourceDocument document = reader.read(pdf.bytes(), "text.pdf");

        assertThat(tables(document)).isEmpty();
        assertThat(paragraphs(document)).hasSize(2);
    }
}

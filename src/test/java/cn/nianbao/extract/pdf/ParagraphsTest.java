package cn.nianbao.extract.pdf;

import static cn.nianbao.extract.TestFiles.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Block;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.extract.ReadException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running text: lines joined into paragraphs as the source had them, in reading order, without page chrome. */
class ParagraphsTest {
    private static final String FIRST = "The office published its information on the portal and in the "
            + "gazette throughout the year and answered every request within the time the regulation allows.";
    private static final String SECOND = "Requests came from citizens and from companies, and none of them "
            + "was refused for reasons other than those the regulation names in its articles.";
    private final PdfReader reader = new PdfReader(null);

    private SourceDocument read(TestPdf pdf) throws ReadException {
        return reader.read(pdf.bytes(), "text.pdf");
    }

    @Test
    void wrappedLinesJoinIntoTheirParagraphAndHeadingsStandAlone() throws ReadException {
        TestPdf pdf = new TestPdf().page().text(50, 80, 10, "1. Overview");
        double next = pdf.paragraph(50, 100, 10, 300, 20, FIRST);
        pdf.text(50, next, 10, "2. Requests");
        pdf.paragraph(50, next + 15, 10, 300, 20, SECOND);

        assertThat(paragraphs(read(pdf))).containsExactly("1. Overview", FIRST, "2. Requests", SECOND);
    }

    @Test
    void anIndentedLineStartsANewParagraph() throws ReadException {
        TestPdf pdf = new TestPdf().page();
        double next = pdf.paragraph(50, 100, 10, 300, 20, FIRST);
        pdf.paragraph(50, next, 10, 300, 20, SECOND);

        assertThat(paragraphs(read(pdf))).containsExactly(FIRST, SECOND);
    }

    @Test
    void aCentredTitleWrappedOverTwoLinesIsOneParagraph() throws ReadException {
        String top = "Annual Report on Government";
        String bottom = "Information Disclosure";
        double centre = 297;
        TestPdf pdf = new TestPdf().page()
                .text(centre - TestPdf.width(top, 16) / 2, 70, 16, top)
                .text(centre - TestPdf.width(bottom, 16) / 2, 94, 16, bottom)
                .text(50, 130, 10, "1. Overview");
        pdf.paragraph(50, 150, 10, 495, 20, FIRST);

        assertThat(paragraphs(read(pdf)).get(0)).isEqualTo(top + " " + bottom);
    }

    @Test
    void tablesAndParagraphsComeInReadingOrderAndTextNeverRunsAcrossATable() throws ReadException {
        TestPdf pdf = new TestPdf().page().text(50, 80, 10, "2. Information published actively by the office");
        pdf.text(50, 95, 10, "and its departments over the year");
        pdf.grid(new double[] {50, 200, 300}, new double[] {110, 130, 150})
                .text(55, 124, 10, "Rules").text(205, 124, 10, "3")
                .text(55, 144, 10, "Normative").text(205, 144, 10, "1")
                .text(50, 170, 10, "which the table above lists by their kind");

        List<Block> blocks = read(pdf).blocks();

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).isInstanceOf(Paragraph.class);
        assertThat(blocks.get(1)).isInstanceOf(Table.class);
        assertThat(((Paragraph) blocks.get(2)).text()).isEqualTo("which the table above lists by their kind");
        assertThat(blocks.get(0).origin().page()).isEqualTo(1);
        assertThat(blocks.get(0).origin().bbox()[1]).isLessThan(blocks.get(1).origin().bbox()[1]);
    }

    @Test
    void pageNumbersAndRunningHeadersAreDroppedButNumbersInTheBodyAreKept() throws ReadException {
        TestPdf pdf = new TestPdf();
        for (int page = 1; page <= 3; page++) {
            pdf.page().text(200, 40, 9, "City Office Annual Report " + (2020 + page));
            pdf.paragraph(50, 300, 10, 300, 20, "Page " + page + ": " + SECOND);
            pdf.text(290, 805, 9, "- " + page + " -");
        }
        pdf.text(50, 400, 10, "42");

        assertThat(paragraphs(read(pdf))).containsExactly("Page 1: " + SECOND, "Page 2: " + SECOND,
                "Page 3: " + SECOND, "42");
    }

    @Test
    void aParagraphCutByAPageBreakIsJoinedAndAFreshOneIsNot() throws ReadException {
        TestPdf pdf = new TestPdf().page();
        // Chosen so that the justified last line is full: the break cuts the paragraph, not its end.
        String cut = FIRST + " On this page its last line runs to the right margin as a full line of the text with "
                + "words enough to fill it";
        pdf.paragraph(50, 680, 10, 300, 20, cut, true);
        pdf.page();
        pdf.paragraph(50, 100, 10, 300, 0, "and the paragraph goes on at the top of the next page.");
        pdf.page();
        pdf.paragraph(50, 100, 10, 300, 20, SECOND);

        assertThat(paragraphs(read(pdf)))
                .containsExactly(cut + " and the paragraph goes on at the top of the next page.", SECOND);
    }
}

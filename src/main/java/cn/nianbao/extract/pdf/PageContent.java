package cn.nianbao.extract.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What one page holds, in top-down page points: its text layer's glyphs and what it draws.
 *
 * @param number 1-based
 * @param readable false when PDFBox could not interpret the page's content; it then counts as a page
 *     without a text layer
 */
record PageContent(int number, double width, double height, List<Glyph> glyphs, PageGraphics graphics,
                   boolean readable) {

    PageContent {
        glyphs = List.copyOf(glyphs);
    }

    static PageContent read(PDDocument document, int number) {
        PDPage page = document.getPage(number - 1);
        PageFrame frame = new PageFrame(page);
        try {
            return new PageContent(number, frame.displayWidth(), frame.displayHeight(),
                    TextGlyphs.of(document, number), RulingLines.of(page), true);
        } catch (IOException | RuntimeException damaged) {
            // A damaged content stream spoils this page only; the others may still be read.
            return new PageContent(number, frame.displayWidth(), frame.displayHeight(), List.of(),
                    new PageGraphics(List.of(), 0, 0), false);
        }
    }
}

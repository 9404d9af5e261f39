package cn.nianbao.extract.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of one page's text layer with their positions. PDFTextStripper is used only for what it does
 * well (decoding fonts to Unicode, dropping the duplicate glyphs of fake bold); its own ordering of the text
 * into lines is ignored, because tables are rebuilt from the positions.
 */
final class TextGlyphs extends PDFTextStripper {
    /** PDFBox guesses a height of 0 for some fonts; a glyph still needs a box. */
    private static final double MIN_HEIGHT_SHARE = 0.5;

    private final List<Glyph> glyphs = new ArrayList<>();

    private TextGlyphs() {
        super();
    }

    /** @param pageNumber 1-based */
    static List<Glyph> of(PDDocument document, int pageNumber) throws IOException {
        TextGlyphs stripper = new TextGlyphs();
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.writeText(document, new StringWriter());
        return stripper.glyphs;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition position : positions) {
            String unicode = position.getUnicode();
            if (unicode == null || unicode.isEmpty()) {
                continue;
            }
            double size = Math.abs(position.getFontSizeInPt());
            double height = Math.max(position.getHeightDir(), size * MIN_HEIGHT_SHARE);
            double baseline = position.getYDirAdj();
            Box box = new Box(position.getXDirAdj(), baseline - height,
                    position.getXDirAdj() + Math.max(0, position.getWidthDirAdj()), baseline);
            glyphs.add(new Glyph(unicode, box, baseline, size > 0 ? size : height));
        }
    }
}

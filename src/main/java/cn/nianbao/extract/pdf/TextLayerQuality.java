package cn.nianbao.extract.pdf;

import java.util.List;

/**
 * Judges whether a page's text layer can be used. It cannot when it is missing — a scan, or glyphs drawn
 * from a font that maps to no Unicode — or when it is garbage: a font whose ToUnicode map is broken gives
 * replacement characters, private-use or control characters, or Latin letters and symbols where the
 * page shows Chinese. Such pages go to OCR.
 */
final class TextLayerQuality {

    enum Verdict {
        /** Text to read (possibly none: a blank page). */
        USABLE,
        /** The page shows something, but its text layer has (almost) nothing of it. */
        MISSING,
        /** The text layer is there, but it is not the text the page shows. */
        GARBAGE
    }

    /** Fewer characters than this are no text layer to speak of (a page number, a stray mark). */
    private static final int MIN_TEXT = 10;
    /** Images covering this share of the page with little text over them: a scan. */
    private static final double SCAN_IMAGE_SHARE = 0.5;
    /** A scanned page with a typed line or two on it still counts as a scan. */
    private static final int SCAN_MAX_TEXT = 40;
    /** Glyphs drawn without Unicode: when extracted text is less than this share of them, text is missing. */
    private static final double MAPPED_SHARE = 0.5;
    /**
     * On a page with text, the share of drawn glyphs below which most of it is unmapped (a Chinese font
     * without ToUnicode beside mapped digits). Low, because fake bold draws each glyph two to four times and
     * the text layer keeps one.
     */
    private static final double MOSTLY_UNMAPPED = 0.2;
    private static final double MAX_BROKEN_SHARE = 0.1;
    /** Below this share of Chinese characters a page of a Chinese document is Latin soup. */
    private static final double MIN_CJK_SHARE = 0.05;
    /** Latin text with this share of symbols and accented letters is soup even in a Latin document. */
    private static final double MAX_SYMBOL_SHARE = 0.3;
    /** Enough Chinese characters in a document to say that every page of it should be Chinese. */
    static final int CHINESE_DOCUMENT = 20;

    private TextLayerQuality() {
    }

    /**
     * @param chineseDocument whether the document as a whole is Chinese (other pages, its title), so that a
     *     page of Latin letters in it is suspect
     */
    static Verdict judge(List<Glyph> glyphs, PageGraphics graphics, boolean chineseDocument) {
        String text = inkedText(glyphs);
        int characters = text.codePointCount(0, text.length());
        if (characters < MIN_TEXT) {
            boolean scan = graphics.imageShare() >= SCAN_IMAGE_SHARE;
            boolean unmapped = graphics.glyphsDrawn() >= MIN_TEXT
                    && characters < MAPPED_SHARE * graphics.glyphsDrawn();
            return scan || unmapped ? Verdict.MISSING : Verdict.USABLE;
        }
        if (graphics.imageShare() >= SCAN_IMAGE_SHARE && characters < SCAN_MAX_TEXT
                || characters < MOSTLY_UNMAPPED * graphics.glyphsDrawn()) {
            return Verdict.MISSING;
        }
        if (share(text, TextLayerQuality::isBroken) > MAX_BROKEN_SHARE) {
            return Verdict.GARBAGE;
        }
        if (share(text, Scripts::isCjk) < MIN_CJK_SHARE
                && (chineseDocument || share(text, TextLayerQuality::isSoup) > MAX_SYMBOL_SHARE)) {
            return Verdict.GARBAGE;
        }
        return Verdict.USABLE;
    }

    static int cjkCharacters(List<Glyph> glyphs) {
        return (int) inkedText(glyphs).codePoints().filter(Scripts::isCjk).count();
    }

    private static String inkedText(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        for (Glyph glyph : glyphs) {
            if (!glyph.isSpace()) {
                text.append(glyph.text());
            }
        }
        return text.toString().replaceAll("\\s+", "");
    }

    private static double share(String text, java.util.function.IntPredicate kind) {
        long total = text.codePoints().count();
        return total == 0 ? 0 : (double) text.codePoints().filter(kind).count() / total;
    }

    /** What no working font map produces: U+FFFD, private use, controls, unassigned code points. */
    private static boolean isBroken(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint == 0xFFFD || type == Character.PRIVATE_USE || type == Character.CONTROL
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }

    /**
     * Glyph codes read as Latin-1: ASCII punctuation and symbols, and accented letters (ÆÇÈ…), which a
     * broken map of a Chinese font produces in runs.
     */
    private static boolean isSoup(int codePoint) {
        boolean asciiSymbol = codePoint < 0x80 && !Character.isLetterOrDigit(codePoint);
        boolean latinExtended = codePoint >= 0xC0 && codePoint <= 0x24F;
        return asciiSymbol || latinExtended;
    }
}

package cn.nianbao.extract.pdf;

/**
 * One character of the text layer where it is drawn, in top-down page points.
 *
 * @param text usually one character; a ligature or a decomposed character may give more
 * @param box where the glyph is drawn: its advance width and the font's height above the baseline
 * @param baseline the y of the baseline, from the top of the page
 * @param size the font size in points, which scales the gaps that separate words, cells and lines
 */
record Glyph(String text, Box box, double baseline, double size) {

    /** Spaces of every kind, the no-break and the ideographic space (U+3000) too. */
    boolean isSpace() {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** Han characters and CJK punctuation: text between two of these has no spaces in Chinese. */
    boolean isCjk() {
        return !text.isEmpty() && Scripts.isCjk(text.codePointAt(0));
    }
}

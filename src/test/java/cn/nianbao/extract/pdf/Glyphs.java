package cn.nianbao.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/** Glyph rows for the unit tests: each character one glyph, side by side on one baseline. */
final class Glyphs {

    private Glyphs() {
    }

    /** @param advance the width of each glyph; a space in the text leaves a glyph-wide gap, no glyph */
    static List<Glyph> line(String text, double x, double baseline, double size, double advance) {
        List<Glyph> glyphs = new ArrayList<>();
        double left = x;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            if (!character.equals(" ")) {
                glyphs.add(new Glyph(character, new Box(left, baseline - size * 0.8, left + advance, baseline),
                        baseline, size));
            }
            left += advance;
            i += Character.charCount(codePoint);
        }
        return glyphs;
    }

    static List<Glyph> line(String text, double baseline) {
        return line(text, 50, baseline, 10, 10);
    }
}

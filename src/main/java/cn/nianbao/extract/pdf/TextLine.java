package cn.nianbao.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs on one baseline, left to right. Its text has a space where the glyphs leave a gap wider than a
 * word space; Chinese text gets none between its characters unless the gap is as wide as a character,
 * since Chinese is written without spaces and justified lines stretch the gaps between characters.
 */
record TextLine(List<Glyph> glyphs) {
    /** Gap between Latin letters or digits, in font sizes, that is a word space. */
    private static final double WORD_GAP = 0.2;
    /** Gap next to a Chinese character, in font sizes, that is a real space. */
    private static final double CJK_GAP = 0.9;

    TextLine {
        glyphs = glyphs.stream().sorted(Comparator.comparingDouble((Glyph g) -> g.box().left())).toList();
    }

    /** Where the line's ink is: trailing or leading space glyphs do not widen it. */
    Box box() {
        List<Box> inked = glyphs.stream().filter(g -> !g.isSpace()).map(Glyph::box).toList();
        return Box.around(inked.isEmpty() ? glyphs.stream().map(Glyph::box).toList() : inked);
    }

    double baseline() {
        return glyphs.stream().mapToDouble(Glyph::baseline).average().orElse(0);
    }

    /** The typical font size, so that one large initial does not scale every gap. */
    double size() {
        double[] sizes = glyphs.stream().mapToDouble(Glyph::size).sorted().toArray();
        return sizes.length == 0 ? 0 : sizes[sizes.length / 2];
    }

    double left() {
        return box().left();
    }

    double right() {
        return box().right();
    }

    boolean isBlank() {
        return glyphs.stream().allMatch(Glyph::isSpace);
    }

    String text() {
        StringBuilder out = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            if (previous != null && out.charAt(out.length() - 1) != ' ' && isSpaceBetween(previous, glyph)) {
                out.append(' ');
            }
            out.append(glyph.text());
            previous = glyph;
        }
        return out.toString().strip();
    }

    private static boolean isSpaceBetween(Glyph left, Glyph right) {
        double gap = right.box().left() - left.box().right();
        double size = Math.max(left.size(), right.size());
        double wanted = left.isCjk() || right.isCjk() ? CJK_GAP : WORD_GAP;
        return gap > wanted * size;
    }

    /**
     * The line cut where the gap between glyphs is at least {@code minGap} points: the cells of a table
     * written without lines, or columns of text. Space glyphs never start or end a piece.
     */
    List<TextLine> split(double minGap) {
        List<TextLine> pieces = new ArrayList<>();
        List<Glyph> piece = new ArrayList<>();
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                continue;
            }
            if (previous != null && glyph.box().left() - previous.box().right() >= minGap) {
                pieces.add(new TextLine(piece));
                piece = new ArrayList<>();
            }
            piece.add(glyph);
            previous = glyph;
        }
        if (!piece.isEmpty()) {
            pieces.add(new TextLine(piece));
        }
        return pieces;
    }
}

package cn.nianbao.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into lines by their baselines, top to bottom. */
final class TextLines {
    /** Baselines closer than this share of the font size are the same line (jitter, mixed fonts). */
    private static final double SAME_LINE = 0.4;

    private TextLines() {
    }

    static List<TextLine> of(List<Glyph> glyphs) {
        List<Glyph> sorted = glyphs.stream()
                .sorted(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(g -> g.box().left()))
                .toList();
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        double lineBaseline = 0;
        for (Glyph glyph : sorted) {
            if (!line.isEmpty() && Math.abs(glyph.baseline() - lineBaseline) > SAME_LINE * glyph.size()) {
                addUnlessBlank(lines, line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                lineBaseline = glyph.baseline();
            }
            line.add(glyph);
        }
        addUnlessBlank(lines, line);
        return lines;
    }

    private static void addUnlessBlank(List<TextLine> lines, List<Glyph> glyphs) {
        TextLine line = new TextLine(glyphs);
        if (!glyphs.isEmpty() && !line.isBlank()) {
            lines.add(line);
        }
    }
}

package cn.nianbao.review.evidence;

import java.util.List;

/**
 * Numbered lines around the one a value came from: lines of a text file, or paragraphs of a Word or HTML
 * document when a value stood in running text rather than in a table.
 *
 * @param lines a few lines before and after the marked one, in order
 * @param marked the {@link Line#number} of the line holding the value
 * @param caption 第 120 行, or 第 12 段 for a paragraph
 */
public record LinesEvidence(List<Line> lines, int marked, String caption) implements Evidence {

    public LinesEvidence {
        lines = List.copyOf(lines);
    }

    /**
     * The lines within {@code reach} of the one at {@code index} of {@code all}.
     *
     * @param all every line of the source, in order
     */
    static LinesEvidence around(List<Line> all, int index, int reach, String caption) {
        List<Line> shown = all.subList(Math.max(0, index - reach), Math.min(all.size(), index + reach + 1));
        return new LinesEvidence(shown, all.get(index).number(), caption);
    }

    /**
     * @param number the line's number as the caption counts: from 1, in the decoded text for a text file; the
     *               paragraph's position in the document body, from 1, for a paragraph
     * @param text the line as the source has it (tabs kept, line end dropped)
     */
    public record Line(int number, String text) {
    }
}

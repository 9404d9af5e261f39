package cn.nianbao.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The measures of a document's running text, taken over all its pages so that a page with a few lines is
 * judged like the others: where full lines start and end, and the usual distance between baselines.
 *
 * @param left the left margin: most lines start there (indented first lines do not)
 * @param right the right margin: full lines end there (a paragraph's last line does not)
 * @param pitch the usual distance between consecutive baselines, in font sizes
 */
record RunningText(double left, double right, double pitch) {
    /** Line pitch when there are too few lines to measure it: single spacing with some leading. */
    static final double DEFAULT_PITCH = 1.5;
    /** Fewer pitches than this measure nothing. */
    private static final int MIN_PITCHES = 3;

    /** @param pages each page's running-text lines, top to bottom */
    static RunningText of(List<List<TextLine>> pages) {
        List<TextLine> lines = pages.stream().flatMap(List::stream).toList();
        if (lines.isEmpty()) {
            return new RunningText(0, 0, DEFAULT_PITCH);
        }
        double[] lefts = lines.stream().mapToDouble(TextLine::left).sorted().toArray();
        double[] rights = lines.stream().mapToDouble(TextLine::right).sorted().toArray();
        return new RunningText(lefts[(int) (lefts.length * 0.1)], rights[(int) (rights.length * 0.9)], pitch(pages));
    }

    /** The lower median of the pitches: it is the norm, wider gaps between paragraphs are not. */
    private static double pitch(List<List<TextLine>> pages) {
        List<Double> pitches = new ArrayList<>();
        for (List<TextLine> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                TextLine line = page.get(i);
                pitches.add((line.baseline() - page.get(i - 1).baseline()) / Math.max(1, line.size()));
            }
        }
        if (pitches.size() < MIN_PITCHES) {
            return DEFAULT_PITCH;
        }
        pitches.sort(null);
        return Math.max(1, pitches.get((pitches.size() - 1) / 2));
    }
}

package cn.nianbao.extract.ocr;

import cn.nianbao.extract.UnionFind;
import cn.nianbao.extract.ocr.GridDetector.GridCell;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which stretches of a table's candidate boundaries really carry a rule, checked pixel by pixel along each
 * stretch between two crossing boundaries, and the cells that follow: grid slots with no rule between them
 * are one merged cell.
 */
final class RuleCoverage {
    /** Share of a stretch that must be dark for the rule to be there. */
    private static final double PRESENT = 0.9;

    private final List<Integer> xs;
    private final List<Integer> ys;
    /** vertical[r][c]: the rule at xs[c] runs through grid row r. */
    private final boolean[][] vertical;
    /** horizontal[r][c]: the rule at ys[r] runs along grid column c. */
    private final boolean[][] horizontal;

    /**
     * @param tolerance how far a rule may stray from its position (what straightening left of the tilt)
     * @param thickness typical thickness of the rules
     */
    RuleCoverage(GreyImage page, int threshold, List<Integer> xs, List<Integer> ys, int tolerance, int thickness) {
        this.xs = xs;
        this.ys = ys;
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        // Only the crossing rules themselves are left out of a stretch.
        int margin = thickness / 2 + 1;
        vertical = new boolean[rows][xs.size()];
        horizontal = new boolean[ys.size()][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < xs.size(); c++) {
                vertical[r][c] = ruled(page, threshold, false, xs.get(c), ys.get(r) + margin, ys.get(r + 1) - margin,
                        tolerance);
            }
        }
        for (int r = 0; r < ys.size(); r++) {
            for (int c = 0; c < columns; c++) {
                horizontal[r][c] = ruled(page, threshold, true, ys.get(r), xs.get(c) + margin, xs.get(c + 1) - margin,
                        tolerance);
            }
        }
    }

    /**
     * Whether a rule runs at {@code position} (give or take {@code tolerance}) all the way from {@code from} to
     * {@code to}. The stretch reaches right up to the crossing rules, into the cell's padding, where text never
     * is: so a stroke of a bold character in a tight row does not pass for a rule.
     */
    private static boolean ruled(GreyImage page, int threshold, boolean horizontalRule, int position, int from, int to,
                                 int tolerance) {
        if (to <= from) {
            return true;
        }
        int best = 0;
        for (int d = -tolerance; d <= tolerance; d++) {
            int dark = 0;
            for (int i = from; i <= to; i++) {
                if (darkCrossSection(page, threshold, horizontalRule, position + d, i)) {
                    dark++;
                }
            }
            best = Math.max(best, dark);
        }
        return best >= PRESENT * (to - from + 1);
    }

    /** Whether the 3-pixel-wide cross-section of a rule at {@code position}, {@code i} along it, has ink. */
    private static boolean darkCrossSection(GreyImage page, int threshold, boolean horizontalRule, int position, int i) {
        for (int p = position - 1; p <= position + 1; p++) {
            int x = horizontalRule ? i : p;
            int y = horizontalRule ? p : i;
            if (x >= 0 && y >= 0 && x < page.width() && y < page.height() && page.at(x, y) < threshold) {
                return true;
            }
        }
        return false;
    }

    /** The x positions with a rule in at least one grid row. */
    List<Integer> ruledColumnBoundaries() {
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < xs.size(); c++) {
            for (boolean[] row : vertical) {
                if (row[c]) {
                    kept.add(xs.get(c));
                    break;
                }
            }
        }
        return kept;
    }

    /** The y positions with a rule along at least one grid column. */
    List<Integer> ruledRowBoundaries() {
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < ys.size(); r++) {
            for (boolean present : horizontal[r]) {
                if (present) {
                    kept.add(ys.get(r));
                    break;
                }
            }
        }
        return kept;
    }

    /** Grid slots joined wherever the rule between them is missing; each group is one cell, in reading order. */
    List<GridCell> cells() {
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        UnionFind slots = new UnionFind(rows * columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && !vertical[r][c + 1]) {
                    slots.union(r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !horizontal[r + 1][c]) {
                    slots.union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        // first row, first column, last row, last column of each group
        Map<Integer, int[]> spans = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int[] span = spans.computeIfAbsent(slots.find(r * columns + c),
                        k -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1});
                span[0] = Math.min(span[0], r);
                span[1] = Math.min(span[1], c);
                span[2] = Math.max(span[2], r);
                span[3] = Math.max(span[3], c);
            }
        }
        List<GridCell> cells = new ArrayList<>();
        for (int[] s : spans.values()) {
            Rectangle box = new Rectangle(xs.get(s[1]), ys.get(s[0]), xs.get(s[3] + 1) - xs.get(s[1]),
                    ys.get(s[2] + 1) - ys.get(s[0]));
            cells.add(new GridCell(s[0], s[1], s[2] - s[0] + 1, s[3] - s[1] + 1, box));
        }
        cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column));
        return cells;
    }
}

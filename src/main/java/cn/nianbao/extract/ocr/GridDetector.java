package cn.nianbao.extract.ocr;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the ruled tables of a (straightened) page and their cells. Rules are long runs of dark pixels;
 * horizontal and vertical rules that cross form a table. Their positions give the grid; a rule missing
 * between two grid slots (checked pixel by pixel along it) means one merged cell across both.
 *
 * <p>Tolerant of scans: a pixel is dark well above black (see {@link InkLevels#lineThreshold}), and runs
 * may have small gaps where noise or compression lightened a pixel.
 */
final class GridDetector {
    /** Shortest horizontal rule, in inches: longer than any stroke of body text (一 is about 0.15"). */
    private static final double MIN_HORIZONTAL_INCHES = 0.3;
    /** Shortest vertical rule, in inches: a table row is at least this tall. */
    private static final double MIN_VERTICAL_INCHES = 0.12;
    /** Rules thicker than this are filled areas (shading, bold titles), not rules. */
    private static final double MAX_THICKNESS_INCHES = 0.06;
    private static final double MIN_TABLE_WIDTH_INCHES = 0.5;
    /** Share of a boundary that must be dark for the rule to be there. */
    private static final double PRESENT = 0.9;

    private final int dpi;

    GridDetector(int dpi) {
        this.dpi = dpi;
    }

    /** The tables of the page, top to bottom. */
    List<Grid> detect(GreyImage page, InkLevels levels) {
        int threshold = levels.lineThreshold();
        int gap = Math.max(2, Math.round(dpi / 75f));
        List<Rule> horizontal = rules(page, threshold, gap, true);
        List<Rule> vertical = rules(page, threshold, gap, false);
        List<Grid> grids = new ArrayList<>();
        for (List<Rule> component : crossingRules(horizontal, vertical, gap + 3)) {
            Grid grid = grid(page, threshold, component);
            if (grid != null && grid.cells().size() >= 2) {
                grids.add(grid);
            }
        }
        grids.removeIf(g -> tooSmall(g) || grids.stream().anyMatch(other -> other != g && other.bounds().contains(g.bounds())));
        grids.sort(Comparator.comparingInt(g -> g.bounds().y));
        return grids;
    }

    /** Crossing strokes of large type (a title's 十) can look like a tiny grid. */
    private boolean tooSmall(Grid grid) {
        Rectangle b = grid.bounds();
        return b.width < MIN_TABLE_WIDTH_INCHES * dpi || b.height < MIN_VERTICAL_INCHES * dpi;
    }

    // ---- rules: long runs, joined over adjacent rows (or columns) into lines of some thickness

    private List<Rule> rules(GreyImage page, int threshold, int gap, boolean horizontal) {
        int minLength = (int) Math.round((horizontal ? MIN_HORIZONTAL_INCHES : MIN_VERTICAL_INCHES) * dpi);
        int maxThickness = (int) Math.round(MAX_THICKNESS_INCHES * dpi);
        int lanes = horizontal ? page.height() : page.width();
        int along = horizontal ? page.width() : page.height();
        byte[] pixels = page.pixels();
        int w = page.width();
        List<RuleDraft> open = new ArrayList<>();
        List<Rule> done = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            int start = -1;
            int lastDark = -1;
            List<int[]> runs = new ArrayList<>();
            for (int i = 0; i <= along; i++) {
                boolean dark = i < along
                        && (pixels[horizontal ? lane * w + i : i * w + lane] & 0xff) < threshold;
                if (dark) {
                    if (start < 0 || i - lastDark > gap + 1) {
                        if (start >= 0 && lastDark - start + 1 >= minLength) {
                            runs.add(new int[] {start, lastDark});
                        }
                        start = i;
                    }
                    lastDark = i;
                }
            }
            if (start >= 0 && lastDark - start + 1 >= minLength) {
                runs.add(new int[] {start, lastDark});
            }
            for (int[] run : runs) {
                RuleDraft joined = null;
                for (RuleDraft draft : open) {
                    if (draft.last >= lane - 2 && draft.overlaps(run[0], run[1])) {
                        joined = draft;
                        break;
                    }
                }
                if (joined == null) {
                    joined = new RuleDraft(lane);
                    open.add(joined);
                }
                joined.add(lane, run[0], run[1]);
            }
            for (int i = open.size() - 1; i >= 0; i--) {
                RuleDraft draft = open.get(i);
                if (draft.last < lane - 2) {
                    open.remove(i);
                    draft.toRule(horizontal, maxThickness).ifPresent(done::add);
                }
            }
        }
        open.forEach(draft -> draft.toRule(horizontal, maxThickness).ifPresent(done::add));
        return done;
    }

    /** Groups of rules that cross each other (a table's rules), each with at least two of both kinds. */
    private static List<List<Rule>> crossingRules(List<Rule> horizontal, List<Rule> vertical, int tolerance) {
        List<Rule> all = new ArrayList<>(horizontal);
        all.addAll(vertical);
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int h = 0; h < horizontal.size(); h++) {
            Rule hr = horizontal.get(h);
            for (int v = 0; v < vertical.size(); v++) {
                Rule vr = vertical.get(v);
                if (vr.position >= hr.from - tolerance && vr.position <= hr.to + tolerance
                        && hr.position >= vr.from - tolerance && hr.position <= vr.to + tolerance) {
                    union(parent, h, horizontal.size() + v);
                }
            }
        }
        Map<Integer, List<Rule>> groups = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
        }
        return groups.values().stream()
                .filter(g -> g.stream().filter(r -> r.horizontal).count() >= 2
                        && g.stream().filter(r -> !r.horizontal).count() >= 2)
                .toList();
    }

    // ---- the grid of one table

    private Grid grid(GreyImage page, int threshold, List<Rule> rules) {
        int[] thicknesses = rules.stream().filter(r -> r.horizontal).mapToInt(r -> r.thickness).sorted().toArray();
        int thickness = Math.max(1, thicknesses[thicknesses.length / 2]);
        int tolerance = thickness / 2 + Math.max(2, Math.round(dpi / 100f));
        List<Integer> xs = positions(rules, false, tolerance + thickness);
        List<Integer> ys = positions(rules, true, tolerance + thickness);
        Presence presence = null;
        // Drop positions no rule really runs along (a stroke of text touching a rule), then look again.
        for (int round = 0; round < 3; round++) {
            if (xs.size() < 2 || ys.size() < 2) {
                return null;
            }
            presence = new Presence(page, threshold, xs, ys, tolerance, thickness);
            List<Integer> keptXs = presence.usedColumnsBoundaries();
            List<Integer> keptYs = presence.usedRowBoundaries();
            if (keptXs.size() == xs.size() && keptYs.size() == ys.size()) {
                break;
            }
            xs = keptXs;
            ys = keptYs;
        }
        if (xs.size() < 2 || ys.size() < 2) {
            return null;
        }
        return new Grid(xs.stream().mapToInt(Integer::intValue).toArray(),
                ys.stream().mapToInt(Integer::intValue).toArray(), presence.cells(), thickness);
    }

    /** Rule positions of one kind, those closer than {@code merge} pixels taken as one (weighted by length). */
    private static List<Integer> positions(List<Rule> rules, boolean horizontal, int merge) {
        List<Rule> sorted = rules.stream().filter(r -> r.horizontal == horizontal)
                .sorted(Comparator.comparingInt(r -> r.position)).toList();
        List<Integer> out = new ArrayList<>();
        double sum = 0;
        double weight = 0;
        int last = Integer.MIN_VALUE;
        for (Rule r : sorted) {
            if (weight > 0 && r.position - last > merge) {
                out.add((int) Math.round(sum / weight));
                sum = 0;
                weight = 0;
            }
            int length = r.to - r.from + 1;
            sum += (double) r.position * length;
            weight += length;
            last = r.position;
        }
        if (weight > 0) {
            out.add((int) Math.round(sum / weight));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** Which stretches of the candidate boundaries carry a rule, and the merged cells that follow. */
    private static final class Presence {
        private final List<Integer> xs;
        private final List<Integer> ys;
        /** vertical[r][c]: the rule at xs[c] runs through grid row r. */
        private final boolean[][] vertical;
        /** horizontal[r][c]: the rule at ys[r] runs along grid column c. */
        private final boolean[][] horizontal;

        Presence(GreyImage page, int threshold, List<Integer> xs, List<Integer> ys, int tolerance, int thickness) {
            this.xs = xs;
            this.ys = ys;
            int rows = ys.size() - 1;
            int columns = xs.size() - 1;
            // Only the crossing rules themselves are left out of a boundary's stretch.
            int margin = thickness / 2 + 1;
            vertical = new boolean[rows][xs.size()];
            horizontal = new boolean[ys.size()][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < xs.size(); c++) {
                    vertical[r][c] = darkAlong(page, threshold, false, xs.get(c), ys.get(r) + margin,
                            ys.get(r + 1) - margin, tolerance);
                }
            }
            for (int r = 0; r < ys.size(); r++) {
                for (int c = 0; c < columns; c++) {
                    horizontal[r][c] = darkAlong(page, threshold, true, ys.get(r), xs.get(c) + margin,
                            xs.get(c + 1) - margin, tolerance);
                }
            }
        }

        /**
         * Whether a rule runs at {@code position} (give or take {@code tolerance}) all the way from {@code from}
         * to {@code to}. The stretch reaches right up to the crossing rules, into the cell's padding, where
         * text never is: so a stroke of a bold character in a tight row does not pass for a rule.
         */
        private static boolean darkAlong(GreyImage page, int threshold, boolean horizontalRule, int position, int from,
                                         int to, int tolerance) {
            if (to <= from) {
                return true;
            }
            int best = 0;
            for (int d = -tolerance; d <= tolerance; d++) {
                int dark = 0;
                for (int i = from; i <= to; i++) {
                    if (darkStrip(page, threshold, horizontalRule, position + d, i)) {
                        dark++;
                    }
                }
                best = Math.max(best, dark);
            }
            return best >= PRESENT * (to - from + 1);
        }

        /** Whether the 3-pixel-wide cross-section of a rule at {@code position}, {@code i} along it, has ink. */
        private static boolean darkStrip(GreyImage page, int threshold, boolean horizontalRule, int position, int i) {
            for (int p = position - 1; p <= position + 1; p++) {
                int x = horizontalRule ? i : p;
                int y = horizontalRule ? p : i;
                if (x >= 0 && y >= 0 && x < page.width() && y < page.height() && page.at(x, y) < threshold) {
                    return true;
                }
            }
            return false;
        }

        List<Integer> usedColumnsBoundaries() {
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

        List<Integer> usedRowBoundaries() {
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

        /** Grid slots joined wherever the rule between them is missing; each group is one cell. */
        List<GridCell> cells() {
            int rows = ys.size() - 1;
            int columns = xs.size() - 1;
            int[] parent = new int[rows * columns];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (c + 1 < columns && !vertical[r][c + 1]) {
                        union(parent, r * columns + c, r * columns + c + 1);
                    }
                    if (r + 1 < rows && !horizontal[r + 1][c]) {
                        union(parent, r * columns + c, (r + 1) * columns + c);
                    }
                }
            }
            Map<Integer, int[]> spans = new HashMap<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int root = find(parent, r * columns + c);
                    int[] span = spans.computeIfAbsent(root, k -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1});
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

    /** A rule found on the page: its centre line, extent and thickness in pixels. */
    private record Rule(boolean horizontal, int position, int from, int to, int thickness) {
    }

    /** A rule being collected lane by lane. */
    private static final class RuleDraft {
        private final int first;
        private int last;
        private int from = Integer.MAX_VALUE;
        private int to = Integer.MIN_VALUE;

        RuleDraft(int lane) {
            this.first = lane;
            this.last = lane;
        }

        boolean overlaps(int runFrom, int runTo) {
            int overlap = Math.min(to, runTo) - Math.max(from, runFrom);
            return overlap > 0.5 * Math.min(to - from, runTo - runFrom);
        }

        void add(int lane, int runFrom, int runTo) {
            last = lane;
            from = Math.min(from, runFrom);
            to = Math.max(to, runTo);
        }

        Optional<Rule> toRule(boolean horizontal, int maxThickness) {
            int thickness = last - first + 1;
            if (thickness > maxThickness) {
                return Optional.empty();
            }
            return Optional.of(new Rule(horizontal, (first + last) / 2, from, to, thickness));
        }
    }

    /**
     * A table's grid: rule positions in page pixels and its cells.
     *
     * @param thickness typical rule thickness in pixels, to keep cell crops off the rules
     */
    record Grid(int[] xs, int[] ys, List<GridCell> cells, int thickness) {
        Rectangle bounds() {
            return new Rectangle(xs[0], ys[0], xs[xs.length - 1] - xs[0], ys[ys.length - 1] - ys[0]);
        }
    }

    /** One cell of a grid, spans counted in grid slots; its box runs between the centres of its rules. */
    record GridCell(int row, int column, int rowSpan, int colSpan, Rectangle box) {
    }
}

package cn.nianbao.extract.ocr;

import cn.nianbao.extract.UnionFind;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the ruled tables of a (straightened) page and their cells. Horizontal and vertical rules that cross
 * form a table; their positions give its grid, and a rule missing between two grid slots means one merged
 * cell across both (see {@link RuleCoverage}).
 *
 * <p>Tolerant of scans: a pixel may count as a rule's well above black (see {@link InkLevels#lineThreshold}).
 */
final class GridDetector {
    private static final double MIN_TABLE_WIDTH_INCHES = 0.5;

    private final int dpi;
    private final RuleFinder rules;

    GridDetector(int dpi) {
        this.dpi = dpi;
        this.rules = new RuleFinder(dpi);
    }

    /** The tables of the page, top to bottom. */
    List<Grid> detect(GreyImage page, InkLevels levels) {
        int threshold = levels.lineThreshold();
        List<Rule> horizontal = rules.find(page, threshold, true);
        List<Rule> vertical = rules.find(page, threshold, false);
        List<Grid> grids = new ArrayList<>();
        for (List<Rule> table : crossingRules(horizontal, vertical, rules.gap() + 3)) {
            Grid grid = grid(page, threshold, table);
            if (grid != null && grid.cells().size() >= 2 && !tooSmall(grid)) {
                grids.add(grid);
            }
        }
        // Crossing strokes inside a table's cell are no table of their own.
        grids.removeIf(g -> grids.stream().anyMatch(other -> other != g && other.bounds().contains(g.bounds())));
        grids.sort(Comparator.comparingInt(g -> g.bounds().y));
        return grids;
    }

    /** Crossing strokes of large type (a title's 十) can look like a tiny grid. */
    private boolean tooSmall(Grid grid) {
        Rectangle b = grid.bounds();
        return b.width < MIN_TABLE_WIDTH_INCHES * dpi || b.height < RuleFinder.MIN_VERTICAL_INCHES * dpi;
    }

    /** Groups of rules that cross each other (a table's rules), each with at least two of both kinds. */
    private static List<List<Rule>> crossingRules(List<Rule> allHorizontal, List<Rule> allVertical, int tolerance) {
        List<Rule> horizontal = new ArrayList<>(allHorizontal);
        List<Rule> vertical = new ArrayList<>(allVertical);
        keepAnchored(horizontal, vertical, tolerance);
        UnionFind groups = new UnionFind(horizontal.size() + vertical.size());
        for (int h = 0; h < horizontal.size(); h++) {
            for (int v = 0; v < vertical.size(); v++) {
                if (horizontal.get(h).crosses(vertical.get(v), tolerance)) {
                    groups.union(h, horizontal.size() + v);
                }
            }
        }
        Map<Integer, List<Rule>> byGroup = new HashMap<>();
        for (int i = 0; i < horizontal.size() + vertical.size(); i++) {
            Rule rule = i < horizontal.size() ? horizontal.get(i) : vertical.get(i - horizontal.size());
            byGroup.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(rule);
        }
        return byGroup.values().stream()
                .filter(g -> g.stream().filter(Rule::horizontal).count() >= 2
                        && g.stream().filter(r -> !r.horizontal()).count() >= 2)
                .toList();
    }

    /**
     * Drops the rules that do not run from one crossing rule to another. A table's rule always does; a run
     * of text does not, even where blur and bold type merge a line of characters into one long stroke or
     * join a stroke to the rule beside it. Dropping some may leave others with one crossing: repeat.
     */
    private static void keepAnchored(List<Rule> horizontal, List<Rule> vertical, int tolerance) {
        boolean dropped = true;
        while (dropped) {
            dropped = horizontal.removeIf(h -> vertical.stream().filter(v -> h.crosses(v, tolerance)).count() < 2);
            dropped |= vertical.removeIf(v -> horizontal.stream().filter(h -> h.crosses(v, tolerance)).count() < 2);
        }
    }

    private Grid grid(GreyImage page, int threshold, List<Rule> table) {
        int[] thicknesses = table.stream().filter(Rule::horizontal).mapToInt(Rule::thickness).sorted().toArray();
        int thickness = Math.max(1, thicknesses[thicknesses.length / 2]);
        int tolerance = thickness / 2 + Math.max(2, Math.round(dpi / 100f));
        List<Integer> xs = positions(table, false, tolerance + thickness);
        List<Integer> ys = positions(table, true, tolerance + thickness);
        // Drop candidate boundaries that carry no rule (a stroke of text touching a rule) until every one
        // does; each round drops at least one, so this ends.
        while (xs.size() >= 2 && ys.size() >= 2) {
            RuleCoverage coverage = new RuleCoverage(page, threshold, xs, ys, tolerance, thickness);
            List<Integer> ruledXs = coverage.ruledColumnBoundaries();
            List<Integer> ruledYs = coverage.ruledRowBoundaries();
            if (ruledXs.size() == xs.size() && ruledYs.size() == ys.size()) {
                return new Grid(toArray(xs), toArray(ys), coverage.cells(), thickness);
            }
            xs = ruledXs;
            ys = ruledYs;
        }
        return null;
    }

    /** Rule positions of one kind, those closer than {@code merge} pixels taken as one (weighted by length). */
    private static List<Integer> positions(List<Rule> rules, boolean horizontal, int merge) {
        List<Rule> sorted = rules.stream().filter(r -> r.horizontal() == horizontal)
                .sorted(Comparator.comparingInt(Rule::position)).toList();
        List<Integer> out = new ArrayList<>();
        double sum = 0;
        double weight = 0;
        int last = Integer.MIN_VALUE;
        for (Rule r : sorted) {
            if (weight > 0 && r.position() - last > merge) {
                out.add((int) Math.round(sum / weight));
                sum = 0;
                weight = 0;
            }
            sum += (double) r.position() * r.length();
            weight += r.length();
            last = r.position();
        }
        if (weight > 0) {
            out.add((int) Math.round(sum / weight));
        }
        return out;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
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

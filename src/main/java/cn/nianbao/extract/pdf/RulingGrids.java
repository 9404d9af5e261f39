package cn.nianbao.extract.pdf;

import cn.nianbao.extract.UnionFind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tables a page draws with ruling lines. Lines that touch form one table; its column borders are
 * where its vertical lines stand (plus its outer edges, so that a table without side borders still closes),
 * its row borders where its horizontal lines stand. A square of that grid whose border with a neighbour is
 * not drawn is merged with that neighbour: merged cells come out as one cell with spans.
 */
final class RulingGrids {
    /** Lines this close meet, and pieces of one line this close join: exporters leave small gaps. */
    private static final double JOIN = 2.0;
    /** Borders closer than this are one border (double lines, a stroke's width). */
    private static final double SNAP = 3.0;
    /** A side of a square is bordered when lines cover at least this share of it. */
    private static final double COVERED = 0.5;

    private RulingGrids() {
    }

    /**
     * The ruled tables of a page, top to bottom. A lone line or a framed box is none, and neither is a box
     * of rows without inner columns: a table whose column lines were not drawn, or framed text, is better
     * read as text, where wide gaps still separate cells.
     */
    static List<RulingGrid> find(List<Ruling> rulings) {
        List<Ruling> lines = new ArrayList<>(joinCollinear(rulings.stream().filter(Ruling::horizontal).toList()));
        lines.addAll(joinCollinear(rulings.stream().filter(r -> !r.horizontal()).toList()));
        List<RulingGrid> grids = new ArrayList<>();
        for (List<Ruling> component : touching(lines)) {
            List<Ruling> horizontal = component.stream().filter(Ruling::horizontal).toList();
            List<Ruling> vertical = component.stream().filter(r -> !r.horizontal()).toList();
            if (horizontal.size() >= 2 && vertical.size() >= 2) {
                RulingGrid grid = grid(horizontal, vertical);
                if (grid.columnBorders().size() > 2 && grid.cells().size() >= 2) {
                    grids.add(grid);
                }
            }
        }
        grids.sort(Comparator.comparingDouble(g -> g.box().top()));
        return grids;
    }

    /** Pieces of one line (drawn cell by cell, or with a gap at a crossing) become one ruling. */
    static List<Ruling> joinCollinear(List<Ruling> rulings) {
        List<Ruling> sorted = rulings.stream()
                .sorted(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start)).toList();
        List<List<Ruling>> rows = new ArrayList<>();
        for (Ruling ruling : sorted) {
            List<Ruling> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && ruling.position() - last.get(0).position() <= JOIN) {
                last.add(ruling);
            } else {
                rows.add(new ArrayList<>(List.of(ruling)));
            }
        }
        List<Ruling> joined = new ArrayList<>();
        for (List<Ruling> row : rows) {
            double position = row.stream().mapToDouble(Ruling::position).average().orElse(0);
            List<Ruling> alongRow = row.stream().sorted(Comparator.comparingDouble(Ruling::start)).toList();
            double start = alongRow.get(0).start();
            double end = alongRow.get(0).end();
            for (Ruling piece : alongRow.subList(1, alongRow.size())) {
                if (piece.start() <= end + JOIN) {
                    end = Math.max(end, piece.end());
                } else {
                    joined.add(new Ruling(row.get(0).horizontal(), position, start, end));
                    start = piece.start();
                    end = piece.end();
                }
            }
            joined.add(new Ruling(row.get(0).horizontal(), position, start, end));
        }
        return joined;
    }

    private static List<List<Ruling>> touching(List<Ruling> lines) {
        UnionFind sets = new UnionFind(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(i).meets(lines.get(j), JOIN)) {
                    sets.union(i, j);
                }
            }
        }
        Map<Integer, List<Ruling>> components = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            components.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(lines.get(i));
        }
        return List.copyOf(components.values());
    }

    private static RulingGrid grid(List<Ruling> horizontal, List<Ruling> vertical) {
        List<Double> xs = new ArrayList<>(vertical.stream().map(Ruling::position).toList());
        xs.add(horizontal.stream().mapToDouble(Ruling::start).min().orElseThrow());
        xs.add(horizontal.stream().mapToDouble(Ruling::end).max().orElseThrow());
        List<Double> ys = new ArrayList<>(horizontal.stream().map(Ruling::position).toList());
        ys.add(vertical.stream().mapToDouble(Ruling::start).min().orElseThrow());
        ys.add(vertical.stream().mapToDouble(Ruling::end).max().orElseThrow());
        List<Double> columns = snap(xs);
        List<Double> rows = snap(ys);
        return new RulingGrid(columns, rows, cells(columns, rows, horizontal, vertical));
    }

    /** Positions closer than {@link #SNAP} become their mean, ascending. */
    private static List<Double> snap(List<Double> positions) {
        List<Double> sorted = positions.stream().sorted().toList();
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int count = 0;
        for (double position : sorted) {
            if (count > 0 && position - sum / count > SNAP) {
                out.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += position;
            count++;
        }
        if (count > 0) {
            out.add(sum / count);
        }
        return out;
    }

    /** Merges every square with the neighbours it has no drawn border with; each set is one cell. */
    private static List<GridCell> cells(List<Double> xs, List<Double> ys, List<Ruling> horizontal,
                                        List<Ruling> vertical) {
        int columns = xs.size() - 1;
        int rows = ys.size() - 1;
        UnionFind squares = new UnionFind(Math.max(0, rows * columns));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && !bordered(vertical, xs.get(c + 1), ys.get(r), ys.get(r + 1))) {
                    squares.union(r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !bordered(horizontal, ys.get(r + 1), xs.get(c), xs.get(c + 1))) {
                    squares.union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        Map<Integer, int[]> spans = new LinkedHashMap<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int[] span = spans.computeIfAbsent(squares.find(r * columns + c),
                        k -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1});
                span[0] = Math.min(span[0], r);
                span[1] = Math.min(span[1], c);
                span[2] = Math.max(span[2], r);
                span[3] = Math.max(span[3], c);
            }
        }
        return spans.values().stream()
                .map(s -> new GridCell(s[0], s[1], s[2] - s[0] + 1, s[3] - s[1] + 1,
                        new Box(xs.get(s[1]), ys.get(s[0]), xs.get(s[3] + 1), ys.get(s[2] + 1))))
                .sorted(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column))
                .toList();
    }

    /** Whether lines at {@code position} cover enough of the stretch from {@code from} to {@code to}. */
    private static boolean bordered(List<Ruling> lines, double position, double from, double to) {
        double covered = 0;
        for (Ruling line : lines) {
            if (Math.abs(line.position() - position) <= SNAP) {
                covered += line.overlap(from, to);
            }
        }
        return covered >= COVERED * (to - from);
    }
}

package cn.nianbao.extract.pdf;

import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * Tables drawn without lines: consecutive lines that each break into pieces at wide gaps. The columns are
 * where the pieces of the widest lines stand; every line of the run becomes a row with a cell per column
 * (blank where it has nothing there), and a piece reaching over several columns (a header over its
 * sub-columns) spans them. A single-piece line between two such lines (a wrapped label) stays in the table.
 */
final class StreamTables {
    /** A gap of this many font sizes between glyphs separates cells; running text has none so wide. */
    private static final double CELL_GAP = 1.5;
    /** Fewer lines with pieces than this are no table (a signature line with a date at the right). */
    private static final int MIN_ROWS = 2;

    /** The tables, and the lines that belong to none (running text). */
    record Result(List<PlacedBlock> tables, List<TextLine> rest) {
    }

    private StreamTables() {
    }

    static Result read(List<TextLine> lines, int page) {
        List<List<TextLine>> pieces = lines.stream().map(l -> l.split(CELL_GAP * l.size())).toList();
        List<PlacedBlock> tables = new ArrayList<>();
        List<TextLine> rest = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = runEnd(pieces, i);
            long multi = pieces.subList(i, end).stream().filter(p -> p.size() >= 2).count();
            if (multi >= MIN_ROWS) {
                tables.add(table(lines.subList(i, end), pieces.subList(i, end), page));
                i = end;
            } else {
                rest.add(lines.get(i));
                i++;
            }
        }
        return new Result(tables, rest);
    }

    /** The end (exclusive) of the run of table lines starting at {@code start}; start itself if none. */
    private static int runEnd(List<List<TextLine>> pieces, int start) {
        if (pieces.get(start).size() < 2) {
            return start + 1;
        }
        int end = start + 1;
        while (end < pieces.size()) {
            boolean multi = pieces.get(end).size() >= 2;
            boolean sandwiched = end + 1 < pieces.size() && pieces.get(end + 1).size() >= 2;
            if (multi) {
                end++;
            } else if (sandwiched) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static PlacedBlock table(List<TextLine> lines, List<List<TextLine>> pieces, int page) {
        List<double[]> columns = columns(pieces);
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < lines.size(); r++) {
            rows.add(row(lines.get(r), pieces.get(r), columns, page));
        }
        Box box = Box.around(lines.stream().map(TextLine::box).toList());
        return PlacedBlock.table(new Table(rows, box.origin(page)), box);
    }

    /** Column extents [left, right] from the lines with the most pieces, their overlapping pieces merged. */
    private static List<double[]> columns(List<List<TextLine>> pieces) {
        int widest = pieces.stream().mapToInt(List::size).max().orElse(0);
        List<double[]> spans = pieces.stream().filter(p -> p.size() == widest).flatMap(List::stream)
                .map(p -> new double[] {p.left(), p.right()})
                .sorted(Comparator.comparingDouble((double[] s) -> s[0])).toList();
        List<double[]> columns = new ArrayList<>();
        for (double[] span : spans) {
            double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                columns.add(span.clone());
            }
        }
        return columns;
    }

    private static TableRow row(TextLine line, List<TextLine> pieces, List<double[]> columns, int page) {
        Map<Integer, List<TextLine>> byColumn = new HashMap<>();
        Map<Integer, Integer> lastColumn = new HashMap<>();
        for (TextLine piece : pieces) {
            int first = -1;
            int last = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (piece.left() < columns.get(c)[1] && piece.right() > columns.get(c)[0]) {
                    first = first < 0 ? c : first;
                    last = c;
                }
            }
            if (first < 0) {
                first = nearest(piece, columns);
                last = first;
            }
            byColumn.computeIfAbsent(first, k -> new ArrayList<>()).add(piece);
            lastColumn.merge(first, last, Math::max);
        }
        List<TableCell> cells = new ArrayList<>();
        Box lineBox = line.box();
        int c = 0;
        while (c < columns.size()) {
            List<TextLine> here = byColumn.get(c);
            if (here == null) {
                Box blank = new Box(columns.get(c)[0], lineBox.top(), columns.get(c)[1], lineBox.bottom());
                cells.add(TableCell.simple("", c, blank.origin(page)));
                c++;
                continue;
            }
            // Pieces starting under a spanning piece join its cell, and may widen it further.
            List<TextLine> merged = new ArrayList<>(here);
            int end = lastColumn.get(c);
            for (int under = c + 1; under <= end; under++) {
                if (byColumn.containsKey(under)) {
                    merged.addAll(byColumn.get(under));
                    end = Math.max(end, lastColumn.get(under));
                }
            }
            String text = String.join(" ", merged.stream().map(TextLine::text).toList());
            Box box = Box.around(merged.stream().map(TextLine::box).toList());
            cells.add(new TableCell(text, c, end - c + 1, 1, box.origin(page)));
            c = end + 1;
        }
        return new TableRow(cells);
    }

    private static int nearest(TextLine piece, List<double[]> columns) {
        double centre = piece.box().centreX();
        int best = 0;
        for (int c = 1; c < columns.size(); c++) {
            double distance = Math.abs((columns.get(c)[0] + columns.get(c)[1]) / 2 - centre);
            double bestDistance = Math.abs((columns.get(best)[0] + columns.get(best)[1]) / 2 - centre);
            if (distance < bestDistance) {
                best = c;
            }
        }
        return best;
    }
}

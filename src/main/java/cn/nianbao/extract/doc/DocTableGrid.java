package cn.nianbao.extract.doc;

import cn.nianbao.document.Origin;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rebuilds a .doc table's grid. A .doc row stores its cells with their left edges and widths, not grid
 * columns: a cell merged across columns is simply wider. The grid columns are therefore the distinct cell
 * edges of the whole table. Cells merged downwards are flagged (first / continuation), like DOCX's vMerge;
 * the old horizontal-merge flags are honoured too.
 */
final class DocTableGrid {

    /** Edges closer than this (in twips, 1/1440 inch) are the same grid line drawn slightly apart. */
    private static final int EDGE_TOLERANCE = 30;

    private static final class Draft {
        final StringBuilder text;
        final int column;
        int colSpan;
        int rowSpan = 1;
        final Origin origin;

        Draft(String text, int column, int colSpan, Origin origin) {
            this.text = new StringBuilder(text);
            this.column = column;
            this.colSpan = colSpan;
            this.origin = origin;
        }

        TableCell toCell() {
            return new TableCell(text.toString(), column, colSpan, rowSpan, origin);
        }
    }

    private DocTableGrid() {
    }

    static Table table(org.apache.poi.hwpf.usermodel.Table table, int tableIndex) {
        List<Integer> gridLines = gridLines(table);
        List<List<Draft>> draftRows = new ArrayList<>();
        // The cells reaching down to the row above, by start column: what a continuation cell extends.
        Map<Integer, Draft> above = Map.of();
        for (int r = 0; r < table.numRows(); r++) {
            var row = table.getRow(r);
            List<Draft> drafts = new ArrayList<>();
            Map<Integer, Draft> reaching = new HashMap<>();
            for (int c = 0; c < row.numCells(); c++) {
                var cell = row.getCell(c);
                int start = nearest(gridLines, cell.getLeftEdge());
                int end = Math.max(start + 1, nearest(gridLines, cell.getLeftEdge() + cell.getWidth()));
                String text = cellText(cell, table.getTableLevel());
                Draft merged = above.get(start);
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && merged != null) {
                    merged.rowSpan++;
                    appendStrayText(merged, text);
                    reaching.put(start, merged);
                } else if (cell.isMerged() && !cell.isFirstMerged() && !drafts.isEmpty()) {
                    Draft left = drafts.get(drafts.size() - 1);
                    left.colSpan = end - left.column;
                    appendStrayText(left, text);
                } else {
                    Draft draft = new Draft(text, start, end - start, Origin.tableCell(tableIndex, r, start));
                    drafts.add(draft);
                    reaching.put(start, draft);
                }
            }
            above = reaching;
            draftRows.add(drafts);
        }
        List<TableRow> rows = draftRows.stream()
                .map(drafts -> new TableRow(drafts.stream().map(Draft::toCell).toList())).toList();
        return new Table(rows, Origin.table(tableIndex));
    }

    /** Merged-away cells are normally empty; text typed into one anyway belongs to the merged cell. */
    private static void appendStrayText(Draft merged, String text) {
        if (!text.isBlank()) {
            merged.text.append('\n').append(text);
        }
    }

    /** The table's vertical grid lines: every cell's left and right edge, near-duplicates merged. */
    private static List<Integer> gridLines(org.apache.poi.hwpf.usermodel.Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            var row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                var cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> lines = new ArrayList<>();
        for (int edge : edges) {
            if (lines.isEmpty() || edge - lines.get(lines.size() - 1) > EDGE_TOLERANCE) {
                lines.add(edge);
            }
        }
        return lines;
    }

    private static int nearest(List<Integer> gridLines, int edge) {
        int best = 0;
        for (int i = 1; i < gridLines.size(); i++) {
            if (Math.abs(gridLines.get(i) - edge) < Math.abs(gridLines.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    /** A cell's paragraphs one per line; a table nested in the cell adds one line per row, cells TAB-separated. */
    private static String cellText(org.apache.poi.hwpf.usermodel.TableCell cell, int tableLevel) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            var paragraph = cell.getParagraph(p);
            if (paragraph.getTableLevel() > tableLevel) {
                var nested = cell.getTable(paragraph);
                lines.addAll(rowLines(nested));
                p += Math.max(1, nested.numParagraphs()) - 1;
            } else {
                lines.add(DocText.clean(paragraph.text()));
            }
        }
        return String.join("\n", lines);
    }

    private static List<String> rowLines(org.apache.poi.hwpf.usermodel.Table table) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            var row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                cells.add(cellText(row.getCell(c), table.getTableLevel()).replace('\n', ' ').strip());
            }
            lines.add(String.join("\t", cells));
        }
        return lines;
    }
}

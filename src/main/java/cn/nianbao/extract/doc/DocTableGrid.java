package cn.nianbao.extract.doc;

import cn.nianbao.document.Origin;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.extract.GridBuilder;
import java.util.ArrayList;
import java.util.List;
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

    private DocTableGrid() {
    }

    static Table table(org.apache.poi.hwpf.usermodel.Table table, int tableIndex) {
        List<Integer> gridLines = gridLines(table);
        GridBuilder grid = new GridBuilder();
        for (int r = 0; r < table.numRows(); r++) {
            var row = table.getRow(r);
            grid.startRow();
            for (int c = 0; c < row.numCells(); c++) {
                var cell = row.getCell(c);
                int start = nearest(gridLines, cell.getLeftEdge());
                int end = Math.max(start + 1, nearest(gridLines, cell.getLeftEdge() + cell.getWidth()));
                String text = cellText(cell, table.getTableLevel());
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                        && grid.continueAbove(start, text);
                boolean widened = !continued && cell.isMerged() && !cell.isFirstMerged() && grid.widenLast(end, text);
                if (!continued && !widened) {
                    grid.cell(text, start, end - start, Origin.tableCell(tableIndex, r, start));
                }
            }
        }
        return grid.build(Origin.table(tableIndex));
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

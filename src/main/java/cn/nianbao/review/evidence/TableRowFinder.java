package cn.nianbao.review.evidence;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the row a table cell came from in a document read again by its reader. The cell is looked up by
 * its origin (table index, row index, grid column, all from 0) rather than by position in the block list,
 * so the answer holds however the reader groups rows.
 */
final class TableRowFinder {

    private TableRowFinder() {
    }

    static Optional<Evidence> find(SourceDocument document, Origin origin) {
        for (Block block : document.blocks()) {
            if (block instanceof Table table) {
                for (int r = 0; r < table.rows().size(); r++) {
                    for (TableCell cell : table.rows().get(r).cells()) {
                        if (sameCell(cell.origin(), origin)) {
                            return Optional.of(evidence(table, r, cell, origin));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameCell(Origin candidate, Origin wanted) {
        return candidate != null && Objects.equals(candidate.table(), wanted.table())
                && Objects.equals(candidate.row(), wanted.row()) && Objects.equals(candidate.cell(), wanted.cell());
    }

    private static RowEvidence evidence(Table table, int rowIndex, TableCell marked, Origin origin) {
        List<TableCell> cells = new ArrayList<>(table.rows().get(rowIndex).cells());
        cells.addAll(reachingDown(table, rowIndex));
        cells.sort(Comparator.comparingInt(TableCell::column));
        int tableNumber = origin.table() + 1;
        int rowNumber = origin.row() + 1;
        return new RowEvidence(tableNumber, rowNumber, cells.stream().map(TableCell::text).toList(),
                cells.indexOf(marked), "第 " + tableNumber + " 张表 第 " + rowNumber + " 行");
    }

    /** Cells of rows above merged down over this row: the labels of the group the row belongs to. */
    private static List<TableCell> reachingDown(Table table, int rowIndex) {
        List<TableCell> covering = new ArrayList<>();
        for (int r = 0; r < rowIndex; r++) {
            for (TableCell cell : table.rows().get(r).cells()) {
                if (r + cell.rowSpan() > rowIndex) {
                    covering.add(cell);
                }
            }
        }
        return covering;
    }
}

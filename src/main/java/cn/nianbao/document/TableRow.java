package cn.nianbao.document;

import java.util.List;

/** One row of a table: the cells that start in it, left to right. */
public record TableRow(List<TableCell> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }
}

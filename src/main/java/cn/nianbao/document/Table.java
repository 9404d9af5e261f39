package cn.nianbao.document;

import java.util.List;

/** A table as the source has it: rows of cells. A report's table may be split over several of these. */
public record Table(List<TableRow> rows, Origin origin) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }
}

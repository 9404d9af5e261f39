package cn.nianbao.extract;

import cn.nianbao.document.Origin;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Table} from a word processor's rows, where a vertically merged cell is written again in
 * every row it covers as a "continuation" cell: the continuation grows the cell above instead of becoming
 * a cell of its own. Shared by the Word readers (DOCX vMerge, DOC merge flags).
 */
public final class GridBuilder {
    private final List<List<Draft>> rows = new ArrayList<>();
    /** The cells reaching down to the row above, by start column: what a continuation cell extends. */
    private Map<Integer, Draft> above = Map.of();
    private Map<Integer, Draft> reaching = new HashMap<>();
    private List<Draft> current;

    public void startRow() {
        if (current != null) {
            endRow();
        }
        current = new ArrayList<>();
        reaching = new HashMap<>();
    }

    /** A cell starting in this row. */
    public void cell(String text, int column, int colSpan, Origin origin) {
        Draft draft = new Draft(text, column, colSpan, origin);
        current.add(draft);
        reaching.put(column, draft);
    }

    /**
     * A continuation of the cell that starts at {@code column} in the row above; false when there is none
     * (a file that forgot the "restart"), and the caller then makes it a cell of its own.
     */
    public boolean continueAbove(int column, String strayText) {
        Draft merged = above.get(column);
        if (merged == null) {
            return false;
        }
        merged.rowSpan++;
        merged.append(strayText);
        reaching.put(column, merged);
        return true;
    }

    /** A horizontal continuation: the last cell of this row reaches to {@code end}. */
    public boolean widenLast(int end, String strayText) {
        if (current.isEmpty()) {
            return false;
        }
        Draft left = current.get(current.size() - 1);
        left.colSpan = end - left.column;
        left.append(strayText);
        return true;
    }

    public Table build(Origin origin) {
        if (current != null) {
            endRow();
        }
        List<TableRow> out = rows.stream()
                .map(drafts -> new TableRow(drafts.stream().map(Draft::toCell).toList())).toList();
        return new Table(out, origin);
    }

    private void endRow() {
        rows.add(current);
        above = reaching;
        current = null;
    }

    /** A cell under construction: its row span grows while continuation cells follow below it. */
    private static final class Draft {
        private final StringBuilder text;
        private final int column;
        private int colSpan;
        private int rowSpan = 1;
        private final Origin origin;

        Draft(String text, int column, int colSpan, Origin origin) {
            this.text = new StringBuilder(text);
            this.column = column;
            this.colSpan = colSpan;
            this.origin = origin;
        }

        /** Merged-away cells are normally empty; text typed into one anyway belongs to the merged cell. */
        void append(String stray) {
            if (!stray.isBlank()) {
                text.append('\n').append(stray);
            }
        }

        TableCell toCell() {
            return new TableCell(text.toString(), column, colSpan, rowSpan, origin);
        }
    }
}

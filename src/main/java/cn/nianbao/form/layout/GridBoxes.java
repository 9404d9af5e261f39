package cn.nianbao.form.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a {@link GridPlan} on a grid of rows and columns as the printed form draws it: the heading over the
 * block, the corner over the label columns, the nested column headings, the nested row labels, then one box per
 * value. The Excel sheet and the report page both draw these boxes, so they show the same form.
 */
public final class GridBoxes {

    /** What a box holds, which decides how it is drawn. */
    public enum Kind { HEADING, CORNER, HEADER, LABEL, VALUE }

    /**
     * A box of the grid, from its first to its last row and column.
     *
     * @param key the cell key of a value box (null for a slot the row does not have, and for all other kinds)
     */
    public record Box(int firstRow, int lastRow, int firstColumn, int lastColumn, Kind kind, String text,
                      String key) {
    }

    private GridBoxes() {
    }

    /**
     * @param top the grid row the block starts on
     * @param labelColumns the columns the row labels take (when the plan has row labels)
     * @param width the data columns to fill: the last column of a narrower plan stretches to it
     */
    public static List<Box> place(GridPlan plan, int top, int labelColumns, int width) {
        List<Box> boxes = new ArrayList<>();
        int left = plan.labelled() ? labelColumns : 0;
        int right = left + width - 1;
        int row = top;
        if (plan.heading() != null) {
            boxes.add(new Box(row, row, 0, right, Kind.HEADING, plan.heading(), null));
            row++;
        }
        List<List<String>> columns = plan.columnPaths();
        int headerRows = Spans.depth(columns);
        if (left > 0) {
            boxes.add(new Box(row, row + headerRows - 1, 0, left - 1, Kind.CORNER, plan.corner(), null));
        }
        for (Spans.Span s : Spans.of(columns, headerRows)) {
            int last = s.last() == columns.size() - 1 ? right : left + s.last();
            boxes.add(new Box(row + s.level(), row + s.lastLevel(), left + s.first(), last, Kind.HEADER, s.text(),
                    null));
        }
        row += headerRows;
        if (left > 0) {
            for (Spans.Span s : Spans.of(plan.rowPaths(), left)) {
                boxes.add(new Box(row + s.first(), row + s.last(), s.level(), s.lastLevel(), Kind.LABEL, s.text(),
                        null));
            }
        }
        for (List<String> keys : plan.keys()) {
            for (int j = 0; j < keys.size(); j++) {
                int last = j == keys.size() - 1 ? Math.max(right, left + j) : left + j;
                boxes.add(new Box(row, row, left + j, last, Kind.VALUE, null, keys.get(j)));
            }
            row++;
        }
        return boxes;
    }

    /** The rows the block takes. */
    public static int height(GridPlan plan) {
        return (plan.heading() == null ? 0 : 1) + Spans.depth(plan.columnPaths()) + plan.keys().size();
    }

    /** The label columns a table needs: the deepest row-label nesting among its blocks (at least one). */
    public static int labelColumns(List<GridPlan> blocks) {
        return blocks.stream().filter(GridPlan::labelled).mapToInt(b -> Spans.depth(b.rowPaths())).max().orElse(1);
    }
}

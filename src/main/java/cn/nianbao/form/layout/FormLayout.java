package cn.nianbao.form.layout;

import cn.nianbao.form.FormColumn;
import cn.nianbao.form.FormRow;
import cn.nianbao.form.FormTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays a table of the form data out as the printed form shows it. Three shapes, told apart by the data and
 * {@link PrintedForm}: rows that all have the same columns make one grid under nested headings (三); rows that
 * differ make a section per heading, each with its own 信息内容 header (二); a table printed across makes a
 * single line under its rows' labels (四).
 */
public final class FormLayout {

    private FormLayout() {
    }

    public static List<GridPlan> blocks(FormTable table) {
        if (PrintedForm.printedAcross(table.key())) {
            return List.of(across(table));
        }
        boolean uniform = table.rows().stream().map(FormRow::columns).distinct().count() == 1;
        return uniform ? List.of(grid(table)) : sections(table);
    }

    /** The most data columns any block of the table has: narrower blocks stretch their last column to it. */
    public static int width(List<GridPlan> blocks) {
        return blocks.stream().mapToInt(b -> b.columnPaths().size()).max().orElse(0);
    }

    private static GridPlan grid(FormTable table) {
        List<FormColumn> columns = table.columns();
        List<List<String>> columnPaths = new ArrayList<>();
        for (FormColumn column : columns) {
            List<String> path = new ArrayList<>(PrintedForm.groupsOver(table.key(), column.key()));
            path.add(column.label());
            columnPaths.add(path);
        }
        List<List<String>> rowPaths = LabelPaths.of(table.rows().stream().map(FormRow::label).toList());
        return new GridPlan(null, PrintedForm.cornerNote(table.key()), columnPaths, rowPaths,
                keys(table, table.rows(), columns));
    }

    private static List<GridPlan> sections(FormTable table) {
        List<List<String>> paths = LabelPaths.of(table.rows().stream().map(FormRow::label).toList());
        List<GridPlan> blocks = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= paths.size(); i++) {
            if (i == paths.size() || !Objects.equals(heading(paths.get(i)), heading(paths.get(start)))) {
                blocks.add(section(table, paths.subList(start, i), table.rows().subList(start, i)));
                start = i;
            }
        }
        return blocks;
    }

    private static GridPlan section(FormTable table, List<List<String>> paths, List<FormRow> rows) {
        List<FormColumn> columns = table.columns().stream()
                .filter(c -> rows.stream().anyMatch(r -> r.columns().contains(c.key()))).toList();
        List<List<String>> rowPaths = paths.stream().map(p -> p.size() > 1 ? p.subList(1, p.size()) : p).toList();
        return new GridPlan(heading(paths.get(0)), PrintedForm.CONTENT_HEADING,
                columns.stream().map(c -> List.of(c.label())).toList(), rowPaths, keys(table, rows, columns));
    }

    private static String heading(List<String> path) {
        return path.size() > 1 ? path.get(0) : null;
    }

    private static GridPlan across(FormTable table) {
        List<List<String>> columnPaths = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (FormRow row : table.rows()) {
            for (FormColumn column : table.columnsOf(row)) {
                List<String> path = new ArrayList<>(LabelPaths.segments(row.label()));
                path.add(column.label());
                columnPaths.add(path);
                keys.add(key(table, row, column));
            }
        }
        return new GridPlan(null, "", columnPaths, List.of(List.of()), List.of(keys));
    }

    private static List<List<String>> keys(FormTable table, List<FormRow> rows, List<FormColumn> columns) {
        List<List<String>> keys = new ArrayList<>();
        for (FormRow row : rows) {
            List<String> line = new ArrayList<>();
            for (FormColumn column : columns) {
                line.add(row.columns().contains(column.key()) ? key(table, row, column) : null);
            }
            keys.add(line);
        }
        return keys;
    }

    private static String key(FormTable table, FormRow row, FormColumn column) {
        return table.key() + "." + row.key() + "." + column.key();
    }
}

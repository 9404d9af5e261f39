package cn.nianbao.web;

import cn.nianbao.form.FormColumn;
import cn.nianbao.form.FormRow;
import cn.nianbao.form.FormTable;
import cn.nianbao.form.FormVersion;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lays the form's tables out as the printed form has them: rows in form order under their labels; where
 * rows have different columns (二), each run of rows with the same columns gets its own header row.
 */
final class TableViews {
    private TableViews() {
    }

    static List<TableView> of(FormVersion version, Map<String, Cell> cells, Map<String, List<Finding>> findings,
                              String selected) {
        List<TableView> tables = new ArrayList<>();
        for (FormTable table : version.tables()) {
            int width = table.rows().stream().mapToInt(r -> r.columns().size()).max().orElse(0);
            List<TableView.Row> rows = new ArrayList<>();
            List<String> columnsAbove = null;
            for (FormRow row : table.rows()) {
                if (!row.columns().equals(columnsAbove)) {
                    rows.add(header(table, row, width));
                    columnsAbove = row.columns();
                }
                List<CellView> views = new ArrayList<>();
                for (FormColumn column : table.columnsOf(row)) {
                    String key = table.key() + "." + row.key() + "." + column.key();
                    views.add(cell(key, cells.get(key), findings.getOrDefault(key, List.of()), key.equals(selected)));
                }
                if (views.size() < width) {
                    views.add(CellView.empty(width - views.size()));
                }
                rows.add(new TableView.Row(false, row.label(), views));
            }
            tables.add(new TableView(table.title(), rows));
        }
        return tables;
    }

    private static TableView.Row header(FormTable table, FormRow row, int width) {
        List<CellView> labels = new ArrayList<>();
        for (FormColumn column : table.columnsOf(row)) {
            labels.add(new CellView(null, column.label(), "column", "", false, 1));
        }
        if (labels.size() < width) {
            labels.add(CellView.empty(width - labels.size()));
        }
        return new TableView.Row(true, "", labels);
    }

    private static CellView cell(String key, Cell cell, List<Finding> findings, boolean selected) {
        if (cell == null) {
            return new CellView(key, "？", "state-missing", "", selected, 1);
        }
        Severity worst = worst(findings);
        String css = "state-" + cell.getState().id() + (worst == null ? "" : " flag-" + worst.id());
        String hint = findings.stream().map(Finding::message).distinct().collect(Collectors.joining("\n"));
        return new CellView(key, text(cell), css, hint, selected, 1);
    }

    /** The value, else what the source wrote, else the state (缺失, 空白). */
    static String text(Cell cell) {
        if (cell.hasValue()) {
            return cell.getValue().toPlainString();
        }
        if (cell.getRaw() != null && !cell.getRaw().isBlank()) {
            return cell.getRaw().strip();
        }
        return cell.getState() == CellState.BLANK ? "（空）" : cell.getState().label();
    }

    /** The most serious of the findings (the enum's order: error first), null when there are none. */
    private static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(null);
    }
}

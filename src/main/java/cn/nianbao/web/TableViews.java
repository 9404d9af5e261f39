package cn.nianbao.web;

import cn.nianbao.form.FormTable;
import cn.nianbao.form.FormVersion;
import cn.nianbao.form.layout.FormLayout;
import cn.nianbao.form.layout.GridBoxes;
import cn.nianbao.form.layout.GridPlan;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The form's tables as HTML rows, laid out by {@link GridBoxes} exactly as the Excel export lays them out:
 * 二 in sections, 三 under its nested headings, 四 across in one line.
 */
final class TableViews {
    private TableViews() {
    }

    static List<TableView> of(FormVersion version, Map<String, Cell> cells, Map<String, List<Finding>> findings,
                              String selected) {
        List<TableView> tables = new ArrayList<>();
        for (FormTable table : version.tables()) {
            List<GridPlan> blocks = FormLayout.blocks(table);
            int labelColumns = GridBoxes.labelColumns(blocks);
            int width = FormLayout.width(blocks);
            Map<Integer, List<GridBoxes.Box>> rows = new TreeMap<>();
            int top = 0;
            for (GridPlan block : blocks) {
                for (GridBoxes.Box box : GridBoxes.place(block, top, labelColumns, width)) {
                    rows.computeIfAbsent(box.firstRow(), r -> new ArrayList<>()).add(box);
                }
                top += GridBoxes.height(block);
            }
            // An HTML row lists the boxes that start on it, left to right.
            tables.add(new TableView(table.title(), rows.values().stream()
                    .map(row -> row.stream().sorted(Comparator.comparingInt(GridBoxes.Box::firstColumn))
                            .map(box -> view(box, cells, findings, selected)).toList())
                    .toList()));
        }
        return tables;
    }

    private static CellView view(GridBoxes.Box box, Map<String, Cell> cells, Map<String, List<Finding>> findings,
                                 String selected) {
        int rowspan = box.lastRow() - box.firstRow() + 1;
        int colspan = box.lastColumn() - box.firstColumn() + 1;
        if (box.kind() != GridBoxes.Kind.VALUE) {
            return new CellView(true, null, box.text(), box.kind().name().toLowerCase(Locale.ROOT), "", false,
                    rowspan, colspan);
        }
        String key = box.key();
        Cell cell = key == null ? null : cells.get(key);
        if (cell == null) {
            return new CellView(false, key, key == null ? "" : "？", key == null ? "slot" : "state-missing", "",
                    false, rowspan, colspan);
        }
        List<Finding> on = findings.getOrDefault(key, List.of());
        Severity worst = on.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(null);
        String css = "state-" + cell.getState().id() + (worst == null ? "" : " flag-" + worst.id());
        String hint = on.stream().map(Finding::message).distinct().collect(Collectors.joining("\n"));
        return new CellView(false, key, text(cell), css, hint, key.equals(selected), rowspan, colspan);
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
}

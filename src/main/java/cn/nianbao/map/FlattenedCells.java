package cn.nianbao.map;

import cn.nianbao.document.TableCell;
import cn.nianbao.form.FormColumn;
import cn.nianbao.form.FormRow;
import cn.nianbao.form.FormTable;
import cn.nianbao.form.Identities;
import cn.nianbao.form.Identity;
import cn.nianbao.form.ValueKind;
import cn.nianbao.result.CellState;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a row of counts whose cells came run together back into its cells: every cut of the digit runs
 * into the row's number of cells, kept when the identities within the row (its total) hold. One cut left:
 * the cells get it. Several: the row goes to the checker, which has every identity of the form.
 */
final class FlattenedCells {
    /** Cut by us, not read whole from the source: a little less sure. */
    static final double CUT_CONFIDENCE = 0.8;

    private FlattenedCells() {
    }

    /** Whether the values look run together: fewer cells than the row has, all of them digit runs. */
    static boolean applies(List<TableCell> values, List<FormColumn> columns) {
        if (values.isEmpty() || values.size() >= columns.size()
                || columns.stream().anyMatch(c -> c.kind() != ValueKind.COUNT)) {
            return false;
        }
        int digits = 0;
        for (TableCell cell : values) {
            String text = cell.text().strip();
            if (!text.matches("\\d+")) {
                return false;
            }
            digits += text.length();
        }
        return digits >= columns.size();
    }

    static void fill(FilledForm form, FormTable table, FormRow row, List<TableCell> values, double confidence) {
        List<String> keys = table.columnsOf(row).stream()
                .map(c -> table.key() + "." + row.key() + "." + c.key()).toList();
        List<String> runs = values.stream().map(c -> c.text().strip()).toList();
        String raw = String.join(" ", runs);
        List<Identity> withinRow = Identities.of(form.version()).stream().filter(i -> keys.containsAll(i.cells())).toList();
        List<List<Long>> splits = DigitRuns.splits(runs, keys.size()).stream()
                .filter(split -> withinRow.stream().allMatch(i -> holds(i, keys, split))).toList();
        if (splits.size() == 1) {
            for (int i = 0; i < keys.size(); i++) {
                form.cell(keys.get(i)).set(BigDecimal.valueOf(splits.get(0).get(i)), raw, CellState.OK,
                        Math.min(confidence, CUT_CONFIDENCE), values.get(0).origin());
            }
            return;
        }
        keys.forEach(k -> form.cell(k).set(null, raw, CellState.MISSING, null, values.get(0).origin()));
        form.flattened().add(new FlattenedRow(keys, splits, raw, values.get(0).origin()));
    }

    static boolean holds(Identity identity, List<String> keys, List<Long> split) {
        Map<String, Long> values = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            values.put(keys.get(i), split.get(i));
        }
        long left = identity.left().stream().mapToLong(values::get).sum();
        long right = identity.right().stream().mapToLong(values::get).sum();
        return left == right;
    }
}

package cn.nianbao.check;

import cn.nianbao.form.FormTable;
import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Cell;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** Helpers for rules that report once per table over the cells that match. */
final class Tables {
    private Tables() {
    }

    static String tableOf(String key) {
        return key.substring(0, key.indexOf('.'));
    }

    /** One finding per table that has cells matching {@code which}; the message gets the table's title and count. */
    static List<Finding> perTable(FilledForm form, Predicate<Cell> which, String rule,
                                  BiFunction<FormTable, List<String>, Severity> severity,
                                  BiFunction<FormTable, List<String>, String> message) {
        List<Finding> out = new ArrayList<>();
        for (FormTable table : form.version().tables()) {
            List<String> keys = form.cells().stream()
                    .filter(c -> tableOf(c.getKey()).equals(table.key()) && which.test(c))
                    .map(Cell::getKey).toList();
            if (!keys.isEmpty()) {
                out.add(new Finding(rule, severity.apply(table, keys), keys, message.apply(table, keys)));
            }
        }
        return out;
    }
}

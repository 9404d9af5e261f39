package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.result.CellState;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.List;

/** Placeholders (-, 无, ／) where the form wants a number: one finding per table. */
public final class PlaceholderRule implements Rule {

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        return Tables.perTable(form, c -> c.getState() == CellState.PLACEHOLDER, "placeholder",
                (table, keys) -> Severity.WARNING,
                (table, keys) -> table.title() + "中有 " + keys.size()
                        + " 个单元格填写了“-”“无”等占位符而不是数字，无法核对；没有发生的事项应填 0。");
    }
}

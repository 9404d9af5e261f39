package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.List;

/** A cell whose text is not a number, a placeholder or blank. */
public final class NotANumberRule implements Rule {

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        return form.cells().stream()
                .filter(NotANumberRule::unreadable)
                .filter(c -> !FlattenedRowRule.isFlattened(form, c.getKey()))
                .map(c -> new Finding("not_a_number", Severity.ERROR, List.of(c.getKey()),
                        "单元格内容“" + c.getRaw().strip() + "”不是数字。"))
                .toList();
    }

    /** The source has text in the cell, and it was not read as a value. */
    static boolean unreadable(Cell cell) {
        return cell.getRaw() != null && !cell.getRaw().isBlank()
                && (cell.getState() == CellState.MISSING || cell.getState() == CellState.INFERRED);
    }
}

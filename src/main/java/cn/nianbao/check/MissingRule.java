package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.List;

/**
 * Cells of the template the document lost (a truncated table, a lost row): one finding per table. When
 * the identities forced all of them, the finding stays as a warning so a reviewer confirms the values.
 */
public final class MissingRule implements Rule {

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        return Tables.perTable(form, MissingRule::stillLost, "missing",
                (table, keys) -> allInferred(form, keys) ? Severity.WARNING : Severity.ERROR,
                (table, keys) -> allInferred(form, keys)
                        ? table.title() + "缺少 " + keys.size() + " 个单元格，已按勾稽关系推定其数值，请核对确认。"
                        : table.title() + "缺少 " + keys.size() + " 个单元格（表格不完整或未找到），请对照原文补录。");
    }

    /** Lost in the source and not yet entered by a reviewer. */
    private static boolean stillLost(Cell cell) {
        return cell.lostInSource() && cell.getState() != CellState.CORRECTED;
    }

    private static boolean allInferred(FilledForm form, List<String> keys) {
        return keys.stream().allMatch(k -> form.cell(k).getState() == CellState.INFERRED);
    }
}

package cn.nianbao.check;

import cn.nianbao.document.Origin;
import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.List;

/**
 * Cells an LLM placed: their tokens were verified against the source, but the placing is the model's
 * word, so a person confirms it (a warning keeps the report in needs_review). Silent for every report the
 * LLM had no hand in, and for cells a reviewer has since set.
 */
public final class LlmMappedRule implements Rule {

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        return Tables.perTable(form, LlmMappedRule::placedByLlm, "llm_mapped", (table, keys) -> Severity.WARNING,
                (table, keys) -> table.title() + "有 " + keys.size()
                        + " 个单元格由大模型从原文中找回（数值已核对为原文所有），请核对其位置是否正确。");
    }

    static boolean placedByLlm(Cell cell) {
        Origin origin = cell.getOrigin();
        return origin != null && Origin.VIA_LLM.equals(origin.via()) && cell.getState() != CellState.CORRECTED;
    }
}

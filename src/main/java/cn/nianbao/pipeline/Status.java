package cn.nianbao.pipeline;

import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.Collection;

/**
 * clean only when nothing needs a person: no error or warning, and every cell holds a number the source
 * wrote (no cell lost, left blank, or merely inferred).
 */
public final class Status {
    private Status() {
    }

    public static String of(Collection<Finding> findings, Collection<Cell> cells) {
        boolean flagged = findings.stream().anyMatch(f -> f.severity() != Severity.INFO);
        boolean unsure = cells.stream()
                .anyMatch(c -> c.getState() == CellState.MISSING || c.getState() == CellState.INFERRED
                        || c.getState() == CellState.BLANK);
        return flagged || unsure ? ExtractionResult.NEEDS_REVIEW : ExtractionResult.CLEAN;
    }
}

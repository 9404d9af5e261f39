package cn.nianbao.map;

import cn.nianbao.result.CellState;
import java.math.BigDecimal;

/**
 * What a cell's text says: a value (or none) and the state of the spec. {@code notANumber} marks text
 * that is neither a number, a placeholder nor blank; such a cell gets state missing with its raw kept.
 */
public record ParsedValue(BigDecimal value, CellState state, String raw, boolean notANumber) {

    /** Whether the text can stand in a value cell (a number, a placeholder or nothing). */
    public boolean valueLike() {
        return !notANumber;
    }
}

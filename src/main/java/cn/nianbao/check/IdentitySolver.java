package cn.nianbao.check;

import cn.nianbao.form.Identities;
import cn.nianbao.form.Identity;
import cn.nianbao.form.ValueKind;
import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the missing and blank cells whose value the identities force, and no others: an identity with
 * one unknown cell gives it; one whose unknowns all stand on the same side and must add up to 0 gives
 * them all 0 (counts are never negative). Repeats until nothing changes. Placeholders are not unknowns
 * to solve for: the source did write something there.
 */
public final class IdentitySolver {

    public void solve(FilledForm form) {
        List<Identity> identities = Identities.of(form.version());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Identity identity : identities) {
                changed |= solve(form, identity);
            }
        }
    }

    private static boolean solve(FilledForm form, Identity identity) {
        BigDecimal balance = BigDecimal.ZERO;
        List<Cell> unknownLeft = new ArrayList<>();
        List<Cell> unknownRight = new ArrayList<>();
        for (String key : identity.cells()) {
            Cell cell = form.cell(key);
            boolean left = identity.left().contains(key);
            if (cell.hasValue()) {
                balance = left ? balance.add(cell.getValue()) : balance.subtract(cell.getValue());
            } else if (solvable(cell)) {
                (left ? unknownLeft : unknownRight).add(cell);
            } else {
                return false;
            }
        }
        int unknowns = unknownLeft.size() + unknownRight.size();
        if (unknowns == 1) {
            Cell cell = unknownLeft.isEmpty() ? unknownRight.get(0) : unknownLeft.get(0);
            BigDecimal value = unknownLeft.isEmpty() ? balance : balance.negate();
            if (value.signum() >= 0 || kind(form, cell) == ValueKind.SIGNED) {
                cell.infer(value);
                return true;
            }
        } else if (unknowns > 1 && balance.signum() == 0 && (unknownLeft.isEmpty() || unknownRight.isEmpty())) {
            for (Cell cell : unknownLeft.isEmpty() ? unknownRight : unknownLeft) {
                cell.infer(BigDecimal.ZERO);
            }
            return true;
        }
        return false;
    }

    private static boolean solvable(Cell cell) {
        return cell.getState() == CellState.MISSING || cell.getState() == CellState.BLANK;
    }

    private static ValueKind kind(FilledForm form, Cell cell) {
        return form.version().cell(cell.getKey()).orElseThrow().kind();
    }
}

package cn.nianbao.fuzz;

import static cn.nianbao.fuzz.DocumentInvariants.require;

import cn.nianbao.form.CellSpec;
import cn.nianbao.form.FormVersion;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The spec's rules for a form's cells: one per template key, in template order, value and state agreeing. */
final class CellInvariants {
    /** The states of the spec that carry a number; the others (blank, placeholder, missing) carry none. */
    private static final Set<CellState> WITH_VALUE =
            EnumSet.of(CellState.OK, CellState.APPROXIMATE, CellState.INFERRED, CellState.CORRECTED);

    private CellInvariants() {
    }

    /** @param allowed the states that may appear at this stage (no reviewer has corrected anything yet) */
    static void check(Collection<Cell> cells, FormVersion version, Set<CellState> allowed) {
        List<String> keys = cells.stream().map(Cell::getKey).toList();
        List<String> template = version.cells().stream().map(CellSpec::key).toList();
        require(keys.equals(template), "cells are not the template of version " + version.id() + ": " + keys);
        for (Cell cell : cells) {
            check(cell, allowed);
        }
    }

    private static void check(Cell cell, Set<CellState> allowed) {
        String key = cell.getKey();
        require(cell.getState() != null && allowed.contains(cell.getState()), key + " has state " + cell.getState());
        require(cell.hasValue() == WITH_VALUE.contains(cell.getState()),
                key + " has value " + cell.getValue() + " in state " + cell.getState());
        require(cell.getRaw() != null || cell.getState() == CellState.MISSING || cell.getState() == CellState.INFERRED,
                key + " has no raw text in state " + cell.getState());
        Double confidence = cell.getConfidence();
        require(confidence == null || confidence >= 0 && confidence <= 1, key + " has confidence " + confidence);
    }
}

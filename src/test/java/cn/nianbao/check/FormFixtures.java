package cn.nianbao.check;

import cn.nianbao.document.Origin;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.map.FilledForm;
import cn.nianbao.result.CellState;
import java.math.BigDecimal;

/** Filled forms built cell by cell, for rule tests that need no document. */
final class FormFixtures {
    private FormFixtures() {
    }

    /** A 2021 form with every cell read as 0 from the source. */
    static FilledForm zeros(String version) {
        FilledForm form = new FilledForm(FormCatalog.standard().version(version));
        form.cells().forEach(c -> c.set(BigDecimal.ZERO, "0", CellState.OK, 1.0, Origin.line(1)));
        return form;
    }

    static void set(FilledForm form, String key, long value) {
        form.cell(key).set(BigDecimal.valueOf(value), Long.toString(value), CellState.OK, 1.0, Origin.line(1));
    }

    static void lose(FilledForm form, String key) {
        form.cell(key).set(null, null, CellState.MISSING, null, null);
    }
}

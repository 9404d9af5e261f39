package cn.nianbao.check;

import cn.nianbao.form.Identities;
import cn.nianbao.form.Identity;
import cn.nianbao.map.FilledForm;
import cn.nianbao.map.FlattenedRow;
import cn.nianbao.result.CellState;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Settles rows whose run-together cells the row's own total could not cut one way only: the cut that
 * makes every identity hold (column balances, results sums) wins when it is the only one. Rows still
 * open stay in the form for {@link FlattenedRowRule} to report.
 */
final class FlattenedRowResolver {
    /** Cut by the checker from identities: as sure as a cut made by the mapper. */
    private static final double CUT_CONFIDENCE = 0.8;

    void resolve(FilledForm form) {
        List<Identity> identities = Identities.of(form.version());
        for (Iterator<FlattenedRow> it = form.flattened().iterator(); it.hasNext(); ) {
            FlattenedRow row = it.next();
            List<List<Long>> fitting = row.splits().stream().filter(s -> holds(form, identities, row, s)).toList();
            if (fitting.size() == 1) {
                for (int i = 0; i < row.keys().size(); i++) {
                    form.cell(row.keys().get(i)).set(BigDecimal.valueOf(fitting.get(0).get(i)), row.raw(), CellState.OK,
                            CUT_CONFIDENCE, row.origin());
                }
                it.remove();
            }
        }
    }

    /** Whether every identity that touches the row and can be evaluated holds with this cut. */
    private static boolean holds(FilledForm form, List<Identity> identities, FlattenedRow row, List<Long> split) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < row.keys().size(); i++) {
            values.put(row.keys().get(i), BigDecimal.valueOf(split.get(i)));
        }
        return identities.stream()
                .filter(i -> i.cells().stream().anyMatch(values::containsKey) && IdentitySums.evaluable(form, i, values))
                .allMatch(i -> IdentitySums.holds(form, i, values));
    }
}

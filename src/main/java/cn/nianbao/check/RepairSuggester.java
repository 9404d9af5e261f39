package cn.nianbao.check;

import cn.nianbao.form.Identities;
import cn.nianbao.form.Identity;
import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Cell;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Suggestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When identities fail on cells read by OCR, looks for the smallest change — one cell, else two — among
 * each doubtful cell's other readings that makes every identity hold, and offers it on the findings.
 * Only a unique smallest repair is offered: where two repairs fit equally, guessing would mislead.
 */
public final class RepairSuggester {
    private static final Set<String> IDENTITY_RULES = Set.of("balance", "results_sum", "row_total", "appeals_total");
    /** Beyond this many doubtful cells a pair search costs more than it can be trusted. */
    private static final int MAX_DOUBTFUL = 40;

    public List<Finding> suggest(FilledForm form, List<Finding> findings) {
        List<Finding> failed = findings.stream().filter(f -> IDENTITY_RULES.contains(f.rule())).toList();
        if (failed.isEmpty()) {
            return findings;
        }
        Map<Cell, Set<BigDecimal>> doubtful = new LinkedHashMap<>();
        failed.stream().flatMap(f -> f.cells().stream()).distinct().map(form::cell)
                .filter(c -> c.isOcr() && c.hasValue())
                .forEach(c -> doubtful.put(c, DigitConfusions.of(c.getValue(), c.getAlternatives())));
        if (doubtful.isEmpty() || doubtful.size() > MAX_DOUBTFUL) {
            return findings;
        }
        Optional<Map<String, BigDecimal>> repair = smallestRepair(form, doubtful);
        if (repair.isEmpty()) {
            return findings;
        }
        Suggestion suggestion = new Suggestion(repair.get(), "改为 " + repair.get().entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue().toPlainString()).collect(Collectors.joining("，"))
                + " 后各项勾稽关系均成立（可能是识别错误）。");
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(failed.contains(f) ? f.withSuggestion(suggestion) : f);
        }
        return out;
    }

    private static Optional<Map<String, BigDecimal>> smallestRepair(FilledForm form, Map<Cell, Set<BigDecimal>> doubtful) {
        List<Identity> identities = Identities.of(form.version());
        List<Cell> cells = new ArrayList<>(doubtful.keySet());
        List<Map<String, BigDecimal>> found = new ArrayList<>();
        for (Cell cell : cells) {
            for (BigDecimal value : doubtful.get(cell)) {
                Map<String, BigDecimal> change = Map.of(cell.getKey(), value);
                if (holds(form, identities, change)) {
                    found.add(change);
                }
            }
        }
        if (found.isEmpty()) {
            for (int i = 0; i < cells.size(); i++) {
                for (int j = i + 1; j < cells.size(); j++) {
                    for (BigDecimal a : doubtful.get(cells.get(i))) {
                        for (BigDecimal b : doubtful.get(cells.get(j))) {
                            Map<String, BigDecimal> change = Map.of(cells.get(i).getKey(), a, cells.get(j).getKey(), b);
                            if (holds(form, identities, change)) {
                                found.add(change);
                            }
                        }
                    }
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Whether every identity that can be evaluated holds with the changed values. */
    private static boolean holds(FilledForm form, List<Identity> identities, Map<String, BigDecimal> change) {
        return identities.stream().filter(i -> IdentitySums.evaluable(form, i, change))
                .allMatch(i -> IdentitySums.holds(form, i, change));
    }
}

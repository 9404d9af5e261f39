package cn.nianbao.check;

import cn.nianbao.form.Identities;
import cn.nianbao.form.Identity;
import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills the missing and blank cells whose value the identities force, and no others. Every cell without
 * a value is an unknown count (never negative); the identities, taken together, narrow each unknown's
 * bounds until nothing changes (interval propagation). An unknown whose bounds meet is forced. Bounds are
 * only ever narrowed by what an identity proves, so nothing is inferred that the identities leave open.
 * Placeholders take part as unknowns (the source wrote something there) but are never filled. Where the
 * identities contradict each other around an unknown, that part of the table is left alone: a value
 * forced by contradicting equations is no value at all.
 */
public final class IdentitySolver {
    private static final double INFINITY = Double.POSITIVE_INFINITY;

    public void solve(FilledForm form) {
        List<Equation> equations = equations(form);
        Map<String, double[]> bounds = new LinkedHashMap<>();
        equations.forEach(e -> e.unknowns.keySet().forEach(k -> bounds.putIfAbsent(k, new double[] {0, INFINITY})));
        Components components = new Components(equations);
        boolean changed = true;
        for (int round = 0; changed && round < 1000; round++) {
            changed = false;
            for (Equation equation : equations) {
                changed |= narrow(equation, bounds, components);
            }
        }
        bounds.forEach((key, range) -> {
            Cell cell = form.cell(key);
            if (solvable(cell) && range[0] == range[1] && !components.contradicted(key)) {
                cell.infer(BigDecimal.valueOf((long) range[0]));
            }
        });
    }

    /** Each identity as Σ coefficient·unknown = constant, the known cells moved to the constant. */
    private static List<Equation> equations(FilledForm form) {
        List<Equation> out = new ArrayList<>();
        for (Identity identity : Identities.of(form.version())) {
            Equation equation = new Equation();
            for (String key : identity.cells()) {
                int sign = identity.left().contains(key) ? 1 : -1;
                Cell cell = form.cell(key);
                if (cell.hasValue()) {
                    equation.constant -= sign * cell.getValue().doubleValue();
                } else {
                    equation.unknowns.merge(key, sign, Integer::sum);
                }
            }
            if (!equation.unknowns.isEmpty()) {
                out.add(equation);
            }
        }
        return out;
    }

    /** Narrows every unknown of one equation by the bounds of the others; true when a bound moved. */
    private static boolean narrow(Equation equation, Map<String, double[]> bounds, Components components) {
        boolean changed = false;
        for (Map.Entry<String, Integer> target : equation.unknowns.entrySet()) {
            int a = target.getValue();
            if (a == 0) {
                continue;
            }
            double restLow = 0;
            double restHigh = 0;
            for (Map.Entry<String, Integer> other : equation.unknowns.entrySet()) {
                if (other != target) {
                    double[] range = bounds.get(other.getKey());
                    double x = other.getValue() * range[0];
                    double y = other.getValue() * range[1];
                    restLow += Math.min(x, y);
                    restHigh += Math.max(x, y);
                }
            }
            // a·x = constant − rest, for rest within [restLow, restHigh]
            double low = (equation.constant - restHigh) / a;
            double high = (equation.constant - restLow) / a;
            if (a < 0) {
                double swap = low;
                low = high;
                high = swap;
            }
            double[] range = bounds.get(target.getKey());
            double newLow = Math.max(range[0], Double.isNaN(low) ? range[0] : Math.ceil(low - 1e-9));
            double newHigh = Math.min(range[1], Double.isNaN(high) ? range[1] : Math.floor(high + 1e-9));
            if (newLow > newHigh) {
                components.contradict(target.getKey());
                continue;
            }
            if (newLow != range[0] || newHigh != range[1]) {
                range[0] = newLow;
                range[1] = newHigh;
                changed = true;
            }
        }
        return changed;
    }

    private static boolean solvable(Cell cell) {
        return cell.getState() == CellState.MISSING || cell.getState() == CellState.BLANK;
    }

    private static final class Equation {
        final Map<String, Integer> unknowns = new LinkedHashMap<>();
        double constant;
    }

    /** Unknowns linked through equations; a contradiction anywhere in a group spoils the whole group. */
    private static final class Components {
        private final Map<String, String> parent = new HashMap<>();
        private final Set<String> contradicted = new HashSet<>();

        Components(List<Equation> equations) {
            for (Equation equation : equations) {
                String first = null;
                for (String key : equation.unknowns.keySet()) {
                    parent.putIfAbsent(key, key);
                    if (first == null) {
                        first = key;
                    } else {
                        parent.put(root(key), root(first));
                    }
                }
            }
        }

        void contradict(String key) {
            contradicted.add(root(key));
        }

        boolean contradicted(String key) {
            return contradicted.contains(root(key));
        }

        private String root(String key) {
            String at = key;
            while (!parent.get(at).equals(at)) {
                at = parent.get(at);
            }
            return at;
        }
    }
}

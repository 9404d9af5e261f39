package cn.nianbao.check;

import cn.nianbao.form.Identity;
import cn.nianbao.map.FilledForm;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Evaluates an identity on the form's values, some of them replaced by values being tried. */
final class IdentitySums {
    private IdentitySums() {
    }

    /** Whether every cell of the identity has a value (a tried one, or its own). */
    static boolean evaluable(FilledForm form, Identity identity, Map<String, BigDecimal> tried) {
        return identity.cells().stream().allMatch(k -> tried.containsKey(k) || form.cell(k).hasValue());
    }

    /** Whether the identity holds; call only when {@link #evaluable}. */
    static boolean holds(FilledForm form, Identity identity, Map<String, BigDecimal> tried) {
        return sum(form, identity.left(), tried).compareTo(sum(form, identity.right(), tried)) == 0;
    }

    static BigDecimal sum(FilledForm form, List<String> keys, Map<String, BigDecimal> tried) {
        BigDecimal total = BigDecimal.ZERO;
        for (String key : keys) {
            total = total.add(tried.containsKey(key) ? tried.get(key) : form.cell(key).getValue());
        }
        return total;
    }
}

package cn.nianbao.check;

import cn.nianbao.form.Identities;
import cn.nianbao.form.Identity;
import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form's identities (balance, results_sum, row_total, appeals_total) from the declarative table.
 * An identity is checked only when every cell of it has a value: a placeholder or a blank is not a 0.
 */
public final class IdentityRule implements Rule {

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (Identity identity : Identities.of(form.version())) {
            if (!IdentitySums.evaluable(form, identity, Map.of())) {
                continue;
            }
            BigDecimal left = IdentitySums.sum(form, identity.left(), Map.of());
            BigDecimal right = IdentitySums.sum(form, identity.right(), Map.of());
            if (left.compareTo(right) != 0) {
                String message = identity.message().replace("{item}", identity.item())
                        .replace("{left}", left.toPlainString()).replace("{right}", right.toPlainString());
                out.add(new Finding(identity.rule(), Severity.ERROR, identity.cells(), message));
            }
        }
        return out;
    }
}

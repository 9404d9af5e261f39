package cn.nianbao.check;

import cn.nianbao.form.ValueKind;
import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.List;

/** A count below zero; only 本年增/减 may be negative. */
public final class NegativeRule implements Rule {

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        return form.cells().stream()
                .filter(c -> c.hasValue() && c.getValue().signum() < 0)
                .filter(c -> form.version().cell(c.getKey()).orElseThrow().kind() != ValueKind.SIGNED)
                .map(c -> new Finding("negative", Severity.ERROR, List.of(c.getKey()),
                        "数量不能为负数：" + c.getValue().toPlainString() + "。"))
                .toList();
    }
}

package cn.nianbao.check;

import cn.nianbao.form.FormVersion;
import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.ArrayList;
import java.util.List;

/** The form version does not fit the report's year, or the document mixes two versions. */
public final class VersionMismatchRule implements Rule {

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        FormVersion version = form.version();
        List<String> reasons = new ArrayList<>();
        if (version.mixed() || context.version().layoutsDisagree()) {
            reasons.add("表格混用了 2019 年版和 2021 年版的格式（按 " + version.id() + " 读取）");
        }
        Integer year = context.meta().years().year();
        if (year != null && context.version().evident() && !version.meantFor(year)) {
            reasons.add(year + " 年度的报告使用了 " + version.issued() + " 的表格");
        }
        if (reasons.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding("version_mismatch", Severity.WARNING, List.of(), String.join("；", reasons) + "。"));
    }
}

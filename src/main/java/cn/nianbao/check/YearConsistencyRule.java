package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.map.YearEvidence;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.List;

/** The title's year is not the year the narrative or the table captions speak of. */
public final class YearConsistencyRule implements Rule {

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        YearEvidence years = context.meta().years();
        if (years.title() == null) {
            return List.of();
        }
        Integer other = differs(years.title(), years.caption()) ? years.caption()
                : differs(years.title(), years.narrative()) ? years.narrative() : null;
        if (other == null) {
            return List.of();
        }
        return List.of(new Finding("narrative_conflict", Severity.WARNING, List.of(),
                "标题写的是 " + years.title() + " 年度，但正文或表格说的是 " + other + " 年。", context.meta().title()));
    }

    private static boolean differs(Integer title, Integer other) {
        return other != null && !other.equals(title);
    }
}

package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Finding;
import java.util.List;

/** One check of the spec's table: looks at the filled form (and the narrative) and says what is wrong. */
public interface Rule {
    List<Finding> check(FilledForm form, CheckContext context);
}

package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.map.FlattenedRow;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.List;
import java.util.stream.Collectors;

/** A row whose cells came run together and that no identity could cut one way only. */
public final class FlattenedRowRule implements Rule {

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        return form.flattened().stream()
                .map(row -> new Finding("not_a_number", Severity.ERROR, row.keys(),
                        "这一行的数字连在了一起（“" + row.raw() + "”），" + (row.splits().isEmpty()
                                ? "没有一种拆分符合勾稽关系" : "有 " + row.splits().size() + " 种拆分都符合勾稽关系："
                                + describe(row)) + "，请对照原文填写。"))
                .toList();
    }

    static boolean isFlattened(FilledForm form, String key) {
        return form.flattened().stream().anyMatch(r -> r.keys().contains(key));
    }

    private static String describe(FlattenedRow row) {
        return row.splits().stream().limit(5)
                .map(s -> s.stream().map(String::valueOf).collect(Collectors.joining("/")))
                .collect(Collectors.joining(" 或 ")) + (row.splits().size() > 5 ? " 等" : "");
    }
}

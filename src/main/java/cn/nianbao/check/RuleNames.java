package cn.nianbao.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** The spec's rule ids with the names reviewers read (UI, exports), in the spec's order. */
public final class RuleNames {
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("balance", "收支平衡（一+二 = 三（七）+四）");
        NAMES.put("results_sum", "办理结果合计");
        NAMES.put("row_total", "申请人合计");
        NAMES.put("appeals_total", "复议诉讼合计");
        NAMES.put("not_a_number", "非数字");
        NAMES.put("negative", "负数");
        NAMES.put("missing", "缺失单元格");
        NAMES.put("placeholder", "占位符");
        NAMES.put("version_mismatch", "表格版本不符");
        NAMES.put("narrative_conflict", "正文与表格矛盾");
        NAMES.put("carry_over_chain", "上下年结转不衔接");
        NAMES.put("ocr_low_confidence", "文字识别把握不大");
        NAMES.put("llm_mapped", "大模型辅助定位（待核对）");
    }

    private RuleNames() {
    }

    /** Every rule id with its name. */
    public static Map<String, String> all() {
        return NAMES;
    }

    public static String name(String rule) {
        return NAMES.getOrDefault(rule, rule);
    }
}

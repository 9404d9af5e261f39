package cn.nianbao.map.llm;

import cn.nianbao.form.CellSpec;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The question for one gap: the fragment, the open cells with their labels on the printed form, and the
 * reply's shape. The model is asked to copy tokens, never to compute: every number it gives is checked
 * against the fragment afterwards.
 */
record MappingPrompt(String system, String user, JsonSchema schema) {
    static final String SYSTEM = """
            你协助整理《政府信息公开工作年度报告》的统计表。程序已读出表格，但有些数据行丢失了行标签、\
            行标签与表格格式不符，或被分页截成两段，无法确定它们属于表格的哪一行。你的任务是把原文片段中的数值对应到尚未填写的单元格。
            规则：只能使用片段中出现的数值，原样照抄（不带编号）；不要计算、推算或编造数值；没有把握的单元格不填。
            只回复 JSON，格式为 {"cells": {"<单元格键>": "<原文数值>"}}，不要任何其他文字。""";

    static MappingPrompt of(Gap gap, Fragment fragment) {
        StringBuilder user = new StringBuilder();
        user.append("表格：").append(gap.table().title()).append('\n');
        user.append("未能定位的数据行（方括号内为数值编号）：\n").append(fragment.text());
        user.append("尚未填写的单元格（单元格键 = 表 · 行 · 列）：\n");
        JsonObjectSchema.Builder cells = JsonObjectSchema.builder().additionalProperties(false);
        for (CellSpec spec : gap.open()) {
            user.append(spec.key()).append(" = ").append(spec.label()).append('\n');
            cells.addStringProperty(spec.key());
        }
        user.append("请回复 JSON：{\"cells\": {\"<单元格键>\": \"<原文数值>\"}}");
        JsonSchema schema = JsonSchema.builder().name("cell_mapping")
                .rootElement(JsonObjectSchema.builder().addProperty("cells", cells.build()).required("cells")
                        .additionalProperties(false).build())
                .build();
        return new MappingPrompt(SYSTEM, user.toString(), schema);
    }

    /** The cache key: the same question to the same model gets the same answer without a second call. */
    String cacheKey(String model) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((model + "\n" + system + "\n" + user).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

package cn.nianbao.form.layout;

import java.util.List;
import java.util.Map;

/**
 * What the printed national form shows that the form data (resources/forms) does not hold: headings set over
 * groups of columns, the note in the corner of 三, the 信息内容 heading of 二's sections, and 四 printed as
 * one line of fifteen cells instead of three rows of five. The same in every version.
 */
final class PrintedForm {
    /** Heads the label column of each section of a table whose rows differ in their columns (二). */
    static final String CONTENT_HEADING = "信息内容";

    /** A heading over some columns of a table. */
    record ColumnGroup(String label, List<String> columns) {
    }

    private static final Map<String, List<ColumnGroup>> COLUMN_GROUPS = Map.of("requests", List.of(
            new ColumnGroup("申请人情况", List.of("natural_person", "commercial", "research", "public_interest",
                    "legal_services", "other_org", "total")),
            new ColumnGroup("法人或其他组织", List.of("commercial", "research", "public_interest", "legal_services",
                    "other_org"))));
    private static final Map<String, String> CORNER_NOTES = Map.of("requests",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    private static final List<String> PRINTED_ACROSS = List.of("appeals");

    private PrintedForm() {
    }

    /** The headings over a column, outermost first. */
    static List<String> groupsOver(String tableKey, String columnKey) {
        return COLUMN_GROUPS.getOrDefault(tableKey, List.of()).stream().filter(g -> g.columns().contains(columnKey))
                .map(ColumnGroup::label).toList();
    }

    static String cornerNote(String tableKey) {
        return CORNER_NOTES.getOrDefault(tableKey, "");
    }

    /** Whether the table's rows are printed side by side, each a group of columns (四: 行政复议 | 行政诉讼 …). */
    static boolean printedAcross(String tableKey) {
        return PRINTED_ACROSS.contains(tableKey);
    }
}

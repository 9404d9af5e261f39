package cn.nianbao.map;

import cn.nianbao.form.FormTable;
import cn.nianbao.form.FormVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A row a page break cut in two: its values and the start of its label at the foot of one page, the rest
 * of its label over empty cells at the top of the next ("2.申请人逾期未按收费通知要求" … "缴纳费用、行政
 * 机关不再处理其政府信息公开申请"). Read apart, the first part names no row and the second names the row
 * with every cell blank, which the identities would then fill without a word.
 */
final class SplitRows {
    /** A label that starts a row of its own: 3.其他, （七）总计, 四、结转…. */
    private static final Pattern OWN_ROW = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十0-9]+\\s*[）)]|[0-9]+\\s*[、.．])");

    private SplitRows() {
    }

    /**
     * Whether the first data row of a table block carries on the last row before it: the row has cells
     * but all of them blank, its label starts no row of its own, the row before has values, and the
     * joined label names a row of the section better than the row before did alone.
     */
    static boolean continues(SourceRow before, SourceRow row, FormVersion version) {
        if (row.values().isEmpty() || row.hasContent() || !row.hasLabel() || !before.hasContent()
                || OWN_ROW.matcher(row.labels().get(0)).find() || before.section() == null
                || !before.section().equals(row.section())) {
            return false;
        }
        Optional<FormTable> table = version.table(before.section());
        return table.isPresent() && bestScore(join(before, row), table.get()) > bestScore(before, table.get());
    }

    /** The row before with the rest of its label. */
    static SourceRow join(SourceRow before, SourceRow rest) {
        List<String> labels = new ArrayList<>(before.labels());
        String restOfLabel = String.join("", rest.labels());
        String leaf = before.leafLabel() + restOfLabel;
        if (labels.isEmpty()) {
            labels.add(restOfLabel);
        } else {
            labels.set(labels.size() - 1, labels.get(labels.size() - 1) + restOfLabel);
        }
        return new SourceRow(List.copyOf(labels), before.values(), leaf, String.join(" ", labels), before.section(),
                before.origin());
    }

    private static double bestScore(SourceRow row, FormTable table) {
        return table.rows().stream().mapToDouble(r -> RowAligner.matchScore(row, r)).max().orElse(0);
    }
}

package cn.nianbao.map;

import cn.nianbao.document.TableCell;
import cn.nianbao.form.FormRow;
import cn.nianbao.form.FormTable;
import cn.nianbao.form.FormVersion;
import java.util.List;
import java.util.Optional;

/**
 * Table 四 is one row of 15 values (three groups of five) under two or three header rows. Its width
 * alone identifies it, which recovers it where the heading and headers were lost (seed 004) — a row of
 * 三 has seven values, one of 二 at most three.
 */
final class AppealsRow {
    private static final int MIN_WIDTH = 13;
    /** Found without its section or labels: a little less sure. */
    private static final double RECOVERED_CONFIDENCE = 0.9;

    private AppealsRow() {
    }

    /** @param width the table's cells in all: three groups of five */
    record Wide(SourceRow row, FormTable table, int width, double confidence) {
    }

    static Optional<Wide> find(List<SourceRow> rows, FormVersion version) {
        FormTable table = version.table("appeals").orElse(null);
        if (table == null) {
            return Optional.empty();
        }
        int width = table.rows().stream().mapToInt(r -> r.columns().size()).sum();
        for (SourceRow row : rows) {
            boolean inSection = table.key().equals(row.section());
            boolean wide = row.values().size() >= Math.min(MIN_WIDTH, width);
            if (wide && (inSection || !row.hasLabel()) && (row.hasContent() || inSection)) {
                return Optional.of(new Wide(row, table, width, inSection ? 1.0 : RECOVERED_CONFIDENCE));
            }
        }
        return Optional.empty();
    }

    /** Deals the row's values out to the groups, five by five, left to right. */
    static void fill(FilledForm form, Wide wide) {
        List<TableCell> values = HeuristicMapper.fit(wide.row().values(), wide.width());
        int offset = 0;
        for (FormRow group : wide.table().rows()) {
            int size = group.columns().size();
            int end = Math.min(values.size(), offset + size);
            if (offset < end) {
                HeuristicMapper.fillRow(form, wide.table(), group, values.subList(offset, end), wide.confidence());
            }
            offset += size;
        }
    }
}

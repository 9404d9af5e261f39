package cn.nianbao.map.llm;

import cn.nianbao.form.CellSpec;
import cn.nianbao.form.FormTable;
import cn.nianbao.map.FilledForm;
import cn.nianbao.map.SectionRows;
import cn.nianbao.map.SourceRow;
import cn.nianbao.document.SourceDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One question worth asking: a table whose cells the source lost, with the rows of that table's section
 * the heuristics could not place: rows without a label, and rows whose label the form does not know (kept
 * as extras otherwise: a relabelled row, the first half of a row a page break cut). One gap is one chat
 * call, so the per-document budget counts gaps.
 *
 * @param rows the left-over rows in document order, each with the labels of the rows around it (where it stood)
 */
record Gap(FormTable table, List<CellSpec> open, List<PlacedBetween> rows) {

    /**
     * A left-over row, its own label ("" when it lost it) and the labels of the nearest labelled rows
     * before and after it ("" when none).
     */
    record PlacedBetween(SourceRow row, String label, String before, String after) {
    }

    /** The gaps of a mapped form, in the form's table order; none when nothing is both lost and left over. */
    static List<Gap> of(SourceDocument document, FilledForm form) {
        if (form.unplaced().isEmpty() && form.extraRows().isEmpty()) {
            return List.of();
        }
        List<SourceRow> all = SectionRows.of(document.blocks(), form.version());
        List<SourceRow> leftOver = new ArrayList<>(form.unplaced());
        leftOver.addAll(form.extraRows());
        leftOver.sort(Comparator.comparingInt(all::indexOf));
        List<Gap> gaps = new ArrayList<>();
        for (FormTable table : form.version().tables()) {
            List<CellSpec> open = form.version().cells().stream()
                    .filter(spec -> spec.table().key().equals(table.key()) && form.cell(spec.key()).lostInSource())
                    .toList();
            // A row in no section may belong anywhere; it is offered to every table that has a gap.
            List<PlacedBetween> rows = leftOver.stream()
                    .filter(r -> r.section() == null || r.section().equals(table.key()))
                    .map(r -> between(r, all))
                    .toList();
            if (!open.isEmpty() && !rows.isEmpty()) {
                gaps.add(new Gap(table, open, rows));
            }
        }
        return gaps;
    }

    private static PlacedBetween between(SourceRow row, List<SourceRow> all) {
        int at = all.indexOf(row);
        String before = "";
        String after = "";
        for (int i = at - 1; at >= 0 && i >= 0 && before.isEmpty(); i--) {
            before = sameSection(all.get(i), row) && all.get(i).hasLabel() ? all.get(i).fullLabel() : "";
        }
        for (int i = at + 1; at >= 0 && i < all.size() && after.isEmpty(); i++) {
            after = sameSection(all.get(i), row) && all.get(i).hasLabel() ? all.get(i).fullLabel() : "";
        }
        return new PlacedBetween(row, row.hasLabel() ? row.fullLabel() : "", before, after);
    }

    private static boolean sameSection(SourceRow a, SourceRow b) {
        return a.section() == null ? b.section() == null : a.section().equals(b.section());
    }
}

package cn.nianbao.map;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.TableCell;
import cn.nianbao.form.FormColumn;
import cn.nianbao.form.FormRow;
import cn.nianbao.form.FormTable;
import cn.nianbao.form.FormVersion;
import cn.nianbao.form.LabelText;
import cn.nianbao.form.ValueKind;
import cn.nianbao.result.Cell;
import cn.nianbao.result.Extra;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mapper of known shapes: rows find their section from the headings, their template row from the
 * label (in order, typos allowed), their cells from the order of the values. Rows the template lacks
 * become extras. Table 四's single data row is recognised by its width even where its heading was lost.
 */
public final class HeuristicMapper implements Mapper {
    /** How closely a row must fit another table to leave the section it stands in. */
    private static final double ELSEWHERE_SCORE = 0.9;

    @Override
    public FilledForm map(SourceDocument document, FormVersion version) {
        FilledForm form = new FilledForm(version);
        List<SourceRow> rows = SectionRows.of(document.blocks(), version);
        Set<SourceRow> placed = new HashSet<>();
        AppealsRow.find(rows, version).ifPresent(wide -> {
            AppealsRow.fill(form, wide);
            placed.add(wide.row());
        });
        Map<SourceRow, FormTable> owners = new HashMap<>();
        for (SourceRow row : rows) {
            owner(row, version).ifPresent(table -> owners.put(row, table));
        }
        for (FormTable table : version.tables()) {
            List<SourceRow> candidates = rows.stream()
                    .filter(r -> !placed.contains(r) && owners.get(r) == table)
                    .toList();
            Map<Integer, RowAligner.Match> matches = RowAligner.align(candidates, table.rows());
            matches.forEach((index, match) -> {
                SourceRow row = candidates.get(index);
                if (!alreadyFilled(form, table, match.row())) {
                    fillRow(form, table, match.row(), row.values(), match.score());
                    placed.add(row);
                }
            });
        }
        collectLeftovers(form, rows, placed);
        return form;
    }

    /**
     * The table a row belongs to: the one whose section it stands in, unless its label fits no row there and
     * fits another table's row closely (a heading the source lost); a row in no section goes where it fits
     * best. Empty for a row in no section that fits nowhere.
     */
    private static Optional<FormTable> owner(SourceRow row, FormVersion version) {
        FormTable section = row.section() == null ? null : version.table(row.section()).orElse(null);
        if (section != null && bestScore(row, section) >= RowAligner.MIN_SCORE) {
            return Optional.of(section);
        }
        FormTable best = section;
        double bestScore = section != null ? ELSEWHERE_SCORE : RowAligner.MIN_SCORE;
        for (FormTable candidate : version.tables()) {
            double score = bestScore(row, candidate);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double bestScore(SourceRow row, FormTable table) {
        return table.rows().stream().mapToDouble(r -> RowAligner.matchScore(row, r)).max().orElse(0);
    }

    private static boolean alreadyFilled(FilledForm form, FormTable table, FormRow row) {
        return row.columns().stream()
                .anyMatch(c -> !form.cell(table.key() + "." + row.key() + "." + c).lostInSource());
    }

    /** Puts a row's values into its cells in column order; surplus blanks at either end are dropped. */
    static void fillRow(FilledForm form, FormTable table, FormRow row, List<TableCell> values, double confidence) {
        List<FormColumn> columns = table.columnsOf(row);
        List<TableCell> fitted = fit(values, columns.size());
        if (FlattenedCells.applies(fitted, columns)) {
            FlattenedCells.fill(form, table, row, fitted, confidence);
            return;
        }
        for (int i = 0; i < fitted.size() && i < columns.size(); i++) {
            FormColumn column = columns.get(i);
            TableCell source = fitted.get(i);
            ParsedValue parsed = ValueParser.parse(source.text(), column.kind());
            Cell cell = form.cell(table.key() + "." + row.key() + "." + column.key());
            double sure = source.confidence() == null ? confidence : Math.min(confidence, source.confidence());
            cell.set(parsed.value(), parsed.raw(), parsed.state(), round(sure), source.origin());
            if (source.confidence() != null) {
                cell.readByOcr(source.alternatives());
            }
        }
    }

    static List<TableCell> fit(List<TableCell> values, int wanted) {
        List<TableCell> out = new ArrayList<>(values);
        while (out.size() > wanted && out.get(0).text().isBlank()) {
            out.remove(0);
        }
        while (out.size() > wanted && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        // Still too many: what spilled over is most likely label text on the left; totals stay on the right.
        return out.size() > wanted ? out.subList(out.size() - wanted, out.size()) : out;
    }

    private static double round(double confidence) {
        return Math.round(Math.min(1, confidence) * 100) / 100.0;
    }

    /** Rows with a label and a value that no template row took are the region's extra rows. */
    private static void collectLeftovers(FilledForm form, List<SourceRow> rows, Set<SourceRow> placed) {
        for (SourceRow row : rows) {
            if (placed.contains(row) || !row.hasContent() || SectionRows.NARRATIVE.equals(row.section())) {
                continue;
            }
            if (!row.hasLabel()) {
                form.unplaced().add(row);
                continue;
            }
            String raw = row.values().stream().map(c -> c.text().strip()).filter(t -> !t.isEmpty())
                    .collect(Collectors.joining(" "));
            ParsedValue parsed = ValueParser.parse(raw, ValueKind.AMOUNT);
            form.addExtra(row, new Extra(LabelText.tidy(row.fullLabel()), raw, parsed.value(), row.section(), row.origin()));
        }
    }
}

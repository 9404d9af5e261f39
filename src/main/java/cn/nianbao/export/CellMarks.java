package cn.nianbao.export;

import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.IndexedColors;

/** What the official layout marks on a cell: a fill for what needs a look, a note saying why. */
final class CellMarks {

    /** The fills, strongest first: an error, a value the identities forced, anything else to look at. */
    enum Mark {
        ERROR(IndexedColors.ROSE), INFERRED(IndexedColors.PALE_BLUE), WARNING(IndexedColors.LIGHT_YELLOW), NONE(null);

        private final IndexedColors fill;

        Mark(IndexedColors fill) {
            this.fill = fill;
        }

        IndexedColors fill() {
            return fill;
        }
    }

    private final Map<String, List<Finding>> byCell = new HashMap<>();

    CellMarks(List<Finding> findings) {
        for (Finding finding : findings) {
            finding.cells().forEach(key -> byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(finding));
        }
    }

    /** @param cell the result's cell, or null when the result lacks it (then it is as good as missing) */
    Mark mark(String key, Cell cell) {
        List<Finding> findings = byCell.getOrDefault(key, List.of());
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return Mark.ERROR;
        }
        CellState state = cell == null ? CellState.MISSING : cell.getState();
        if (state == CellState.INFERRED) {
            return Mark.INFERRED;
        }
        return findings.isEmpty() && (state == CellState.OK || state == CellState.CORRECTED) ? Mark.NONE : Mark.WARNING;
    }

    /** The findings on the cell, its state when not plainly read, and the source's text where it differs; or null. */
    String note(String key, Cell cell) {
        List<String> lines = new ArrayList<>();
        for (Finding f : byCell.getOrDefault(key, List.of())) {
            lines.add("【" + (f.severity() == null ? "" : f.severity().label()) + "】" + ExportNames.rule(f.rule())
                    + "：" + f.message());
        }
        CellState state = cell == null ? CellState.MISSING : cell.getState();
        if (state != CellState.OK && state != CellState.CORRECTED) {
            lines.add("状态：" + state.label());
        }
        String raw = cell == null || cell.getRaw() == null ? "" : cell.getRaw().strip();
        if (cell != null && cell.hasValue() && !raw.isEmpty() && !raw.equals(ExportValues.plain(cell.getValue()))) {
            lines.add("原文：" + raw);
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}

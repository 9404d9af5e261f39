package cn.nianbao.map;

import cn.nianbao.form.CellSpec;
import cn.nianbao.form.FormVersion;
import cn.nianbao.result.Cell;
import cn.nianbao.result.Extra;
import cn.nianbao.result.LlmUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The form as the mapper filled it: every template cell (lost ones as missing), extras, leftovers. */
public final class FilledForm {
    private final FormVersion version;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final List<Extra> extras = new ArrayList<>();
    private final List<SourceRow> unplaced = new ArrayList<>();
    private final Map<SourceRow, Extra> extraRows = new LinkedHashMap<>();
    private final List<FlattenedRow> flattened = new ArrayList<>();
    private LlmUsage llmUsage;

    public FilledForm(FormVersion version) {
        this.version = version;
        for (CellSpec spec : version.cells()) {
            cells.put(spec.key(), Cell.missing(spec.key()));
        }
    }

    /** A form holding copies of cells already read (a stored result checked again after a review). */
    public static FilledForm of(FormVersion version, Collection<Cell> read, Collection<Extra> extras) {
        FilledForm form = new FilledForm(version);
        for (Cell cell : read) {
            if (form.cells.containsKey(cell.getKey())) {
                form.cells.put(cell.getKey(), cell.copy());
            }
        }
        form.extras.addAll(extras);
        return form;
    }

    public FormVersion version() {
        return version;
    }

    public Cell cell(String key) {
        Cell cell = cells.get(key);
        if (cell == null) {
            throw new IllegalArgumentException("no cell " + key + " in form version " + version.id());
        }
        return cell;
    }

    public Collection<Cell> cells() {
        return cells.values();
    }

    public List<Extra> extras() {
        return extras;
    }

    /** An extra row read from this source row (a label the form does not know, with values). */
    public void addExtra(SourceRow row, Extra extra) {
        extras.add(extra);
        extraRows.put(row, extra);
    }

    /** The source rows that became extras, in document order (for a later, smarter mapper). */
    public List<SourceRow> extraRows() {
        return List.copyOf(extraRows.keySet());
    }

    /** A later mapper placed every value of this row on the form: it is no longer an extra. */
    public void placedExtra(SourceRow row) {
        Extra extra = extraRows.remove(row);
        if (extra != null) {
            extras.remove(extra);
        }
    }

    /** Rows whose run-together cells could be cut more than one way, for the checker to settle. */
    public List<FlattenedRow> flattened() {
        return flattened;
    }

    /** Rows with values that could not be placed on the form (for a later, smarter mapper). */
    public List<SourceRow> unplaced() {
        return unplaced;
    }

    /** What consulting an LLM cost while mapping, or null when none was consulted. */
    public LlmUsage llmUsage() {
        return llmUsage;
    }

    public void consultedLlm(LlmUsage usage) {
        this.llmUsage = usage;
    }
}

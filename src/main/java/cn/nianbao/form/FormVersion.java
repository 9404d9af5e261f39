package cn.nianbao.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of the national form: its tables, and so its cell keys in template order. */
public final class FormVersion {
    private final String id;
    private final String issued;
    private final Integer fromYear;
    private final Integer toYear;
    private final boolean mixed;
    private final List<FormTable> tables;
    private final Map<String, CellSpec> cells = new LinkedHashMap<>();

    FormVersion(String id, String issued, Integer fromYear, Integer toYear, boolean mixed, List<FormTable> tables) {
        this.id = id;
        this.issued = issued;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.mixed = mixed;
        this.tables = List.copyOf(tables);
        for (FormTable table : tables) {
            for (FormRow row : table.rows()) {
                for (FormColumn column : table.columnsOf(row)) {
                    String key = table.key() + "." + row.key() + "." + column.key();
                    cells.put(key, new CellSpec(key, table, row, column));
                }
            }
        }
    }

    public String id() {
        return id;
    }

    public String issued() {
        return issued;
    }

    public boolean mixed() {
        return mixed;
    }

    public List<FormTable> tables() {
        return tables;
    }

    public Optional<FormTable> table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** Every cell of the template, in template order. */
    public List<CellSpec> cells() {
        return new ArrayList<>(cells.values());
    }

    public Optional<CellSpec> cell(String key) {
        return Optional.ofNullable(cells.get(key));
    }

    /** Whether the version is meant for reports of this year. */
    public boolean meantFor(int year) {
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }

    @Override
    public String toString() {
        return id;
    }
}

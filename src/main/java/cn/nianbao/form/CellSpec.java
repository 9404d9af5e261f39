package cn.nianbao.form;

/** One cell of a form version: key {@code table.row.column}, with what it holds. */
public record CellSpec(String key, FormTable table, FormRow row, FormColumn column) {

    public ValueKind kind() {
        return column.kind();
    }

    /** A label a reviewer recognises, e.g. "三（七）总计 · 自然人". */
    public String displayLabel() {
        return row.label() + " · " + column.label();
    }
}

package cn.nianbao.form;

/** One cell of a form version: key {@code table.row.column}, with what it holds. */
public record CellSpec(String key, FormTable table, FormRow row, FormColumn column) {

    public ValueKind kind() {
        return column.kind();
    }
}

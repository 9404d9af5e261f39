package cn.nianbao.form;

/** One cell of a form version: key {@code table.row.column}, with what it holds. */
public record CellSpec(String key, FormTable table, FormRow row, FormColumn column) {

    /** The cell as a reader of the printed form names it: 三 · 一、本年新收… · 自然人. */
    public String label() {
        return table.title().substring(0, 1) + " · " + row.label() + " · " + column.label();
    }

    public ValueKind kind() {
        return column.kind();
    }
}

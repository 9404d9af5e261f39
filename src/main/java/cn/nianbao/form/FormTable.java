package cn.nianbao.form;

import java.util.List;
import java.util.Optional;

/**
 * A table of the form in one version's layout.
 *
 * @param key the table's key in cell keys: active, requests or appeals
 * @param layout the layout id in tables.json, e.g. requests-2021
 * @param headings normalised heading texts that open the table's section
 * @param markers normalised labels found only in this layout, used to tell versions apart
 * @param leafMarkers normalised row labels that show this layout when a row with values ends in them
 */
public record FormTable(String key, String layout, String title, List<String> headings, List<FormColumn> columns,
                        List<FormRow> rows, List<String> markers, List<String> leafMarkers) {

    public Optional<FormRow> row(String rowKey) {
        return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst();
    }

    public Optional<FormColumn> column(String columnKey) {
        return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst();
    }

    /** Every column of a row, in order. */
    public List<FormColumn> columnsOf(FormRow row) {
        return row.columns().stream().map(c -> column(c).orElseThrow()).toList();
    }
}

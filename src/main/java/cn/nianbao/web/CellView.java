package cn.nianbao.web;

/**
 * One cell of a table on the report page.
 *
 * @param key the cell key, null for a slot the row does not have
 * @param text what the page shows: the value, else the source's text, else the state
 * @param css the state's and the worst finding's classes (state-missing flag-error …)
 * @param hint the findings on the cell, for the tooltip
 */
public record CellView(String key, String text, String css, String hint, boolean selected, int colspan) {

    static CellView empty(int colspan) {
        return new CellView(null, "", "slot", "", false, colspan);
    }
}

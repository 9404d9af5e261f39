package cn.nianbao.web;

/**
 * One box of a table on the report page: a heading or label (header), or a value cell.
 *
 * @param key the cell key of a value, null for headings, labels and slots a row does not have
 * @param text what the page shows: the value, else the source's text, else the state
 * @param css the state's and the worst finding's classes (state-missing flag-error …), or the box's kind
 * @param hint the findings on the cell, for the tooltip
 */
public record CellView(boolean header, String key, String text, String css, String hint, boolean selected,
                       int rowspan, int colspan) {
}

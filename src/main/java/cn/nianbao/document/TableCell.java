package cn.nianbao.document;

/**
 * A cell as the source has it. A cell merged over several grid columns or rows appears once, in the row
 * where it starts, with its spans; the rows it covers below do not repeat it. Formats without a grid
 * (plain text) give every cell span 1.
 *
 * @param text the cell's text, paragraphs joined by '\n', not trimmed beyond line ends
 * @param column the grid column where the cell starts (its index in the row for formats without a grid)
 */
public record TableCell(String text, int column, int colSpan, int rowSpan, Origin origin) {

    public static TableCell simple(String text, int column, Origin origin) {
        return new TableCell(text, column, 1, 1, origin);
    }
}

package cn.nianbao.document;

import java.util.List;

/**
 * A cell as the source has it. A cell merged over several grid columns or rows appears once, in the row
 * where it starts, with its spans; the rows it covers below do not repeat it. Formats without a grid
 * (plain text) give every cell span 1.
 *
 * @param text the cell's text, paragraphs joined by '\n', not trimmed beyond line ends
 * @param column the grid column where the cell starts (its index in the row for formats without a grid)
 * @param confidence how sure the reader is of the text, 0 to 1, for cells read by OCR; null when the
 *                   text was in the file
 * @param alternatives other readings OCR considered, most likely first (empty when none)
 */
public record TableCell(String text, int column, int colSpan, int rowSpan, Origin origin, Double confidence,
                        List<String> alternatives) {

    public TableCell {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** A cell whose text was in the file. */
    public TableCell(String text, int column, int colSpan, int rowSpan, Origin origin) {
        this(text, column, colSpan, rowSpan, origin, null, List.of());
    }

    public static TableCell simple(String text, int column, Origin origin) {
        return new TableCell(text, column, 1, 1, origin);
    }

    /** The same cell with other text (e.g. a label split from its value), keeping where it came from. */
    public TableCell withText(String newText) {
        return new TableCell(newText, column, colSpan, rowSpan, origin, confidence, alternatives);
    }
}

package cn.nianbao.extract.html;

import cn.nianbao.document.Origin;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Lays an HTML table's cells out on its grid, as a browser does: each cell takes the first column its row
 * has free, after the cells reaching down from rows above (rowspan). A cell appears once, in its start row,
 * with its start column and spans.
 */
final class HtmlTableGrid {

    /** HTML's own limits on spans; a page writing more is broken, not bigger. */
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;

    private HtmlTableGrid() {
    }

    /**
     * A table that frames the page rather than holding data: one cell, role="presentation", or a table one
     * of whose cells holds another table together with most of the text (the report inside a wrapper). A
     * data table with a small table in one cell stays a data table.
     */
    static boolean isLayout(Element table) {
        if ("presentation".equalsIgnoreCase(table.attr("role"))) {
            return true;
        }
        List<Element> cells = new ArrayList<>();
        ownRows(table).forEach(row -> cells.addAll(cellsOf(row)));
        if (cells.size() == 1) {
            return true;
        }
        int tableText = table.text().length();
        return cells.stream().anyMatch(cell -> cell.selectFirst("table") != null
                && cell.text().length() * 2 >= tableText);
    }

    static Optional<Table> table(Element table, int tableIndex) {
        List<Element> rows = ownRows(table);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<BitSet> taken = new ArrayList<>();
        rows.forEach(row -> taken.add(new BitSet()));
        List<TableRow> gridRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> cells = new ArrayList<>();
            int column = 0;
            for (Element cell : cellsOf(rows.get(r))) {
                column = taken.get(r).nextClearBit(column);
                int colSpan = span(cell, "colspan", MAX_COLSPAN);
                int rowSpan = rowSpan(cell, rows.size() - r);
                for (int covered = r; covered < r + rowSpan; covered++) {
                    taken.get(covered).set(column, column + colSpan);
                }
                cells.add(new TableCell(cellText(cell), column, colSpan, rowSpan,
                        Origin.tableCell(tableIndex, r, column)));
                column += colSpan;
            }
            gridRows.add(new TableRow(cells));
        }
        return Optional.of(new Table(gridRows, Origin.table(tableIndex)));
    }

    /** The table's own rows, in order, not those of tables nested in its cells. */
    static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream()
                        .filter(row -> row.normalName().equals("tr")).forEach(rows::add);
                default -> { }
            }
        }
        return rows;
    }

    private static List<Element> cellsOf(Element row) {
        return row.children().stream().filter(cell -> cell.normalName().equals("td")
                || cell.normalName().equals("th")).toList();
    }

    /** rowspan="0" means "to the end of the table"; a span past the last row is cut there. */
    private static int rowSpan(Element cell, int rowsLeft) {
        String declared = cell.attr("rowspan").strip();
        int span = declared.equals("0") ? rowsLeft : span(cell, "rowspan", MAX_ROWSPAN);
        return Math.min(span, rowsLeft);
    }

    private static int span(Element cell, String attribute, int max) {
        String value = cell.attr(attribute).strip();
        int digits = 0;
        while (digits < value.length() && Character.isDigit(value.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 6) {
            return 1;
        }
        int span = Integer.parseInt(value.substring(0, digits));
        return Math.max(1, Math.min(span, max));
    }

    /** The cell's lines joined by '\n'; a table nested in a data cell adds one line per row. */
    private static String cellText(Element cell) {
        List<String> lines = new ArrayList<>();
        new HtmlText(lines::add, nested -> lines.addAll(rowLines(nested))).walkChildren(cell);
        return String.join("\n", lines);
    }

    private static List<String> rowLines(Element table) {
        List<String> lines = new ArrayList<>();
        for (Element row : ownRows(table)) {
            List<String> cells = cellsOf(row).stream().map(cell -> cellText(cell).replace('\n', ' ')).toList();
            lines.add(String.join("\t", cells));
        }
        return lines;
    }
}

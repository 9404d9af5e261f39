package cn.nianbao.extract.docx;

import cn.nianbao.document.Origin;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Rebuilds a Word table's grid. Word does not store the grid per row: a cell spanning columns has
 * w:gridSpan, and a cell merged downwards starts with w:vMerge="restart" and is repeated below as empty
 * w:vMerge cells ("continue", or no w:val at all as Word writes it). POI exposes both only through the CT
 * layer. A merged cell is emitted once, in its first row, with its spans. A continuation extends whatever
 * cell starts in its column in the row above, so a file that forgot the "restart" still comes out whole.
 */
final class DocxTableGrid {

    /** A cell under construction: its row span grows while continuation cells follow below it. */
    private static final class Draft {
        final StringBuilder text;
        final int column;
        final int colSpan;
        final Origin origin;
        int rowSpan = 1;

        Draft(String text, int column, int colSpan, Origin origin) {
            this.text = new StringBuilder(text);
            this.column = column;
            this.colSpan = colSpan;
            this.origin = origin;
        }

        TableCell toCell() {
            return new TableCell(text.toString(), column, colSpan, rowSpan, origin);
        }
    }

    private DocxTableGrid() {
    }

    static Table table(XWPFTable table, int tableIndex) {
        List<List<Draft>> rows = new ArrayList<>();
        // The cells reaching down to the row above, by start column: what a continuation cell extends.
        Map<Integer, Draft> above = Map.of();
        int rowIndex = 0;
        for (XWPFTableRow row : table.getRows()) {
            List<Draft> drafts = new ArrayList<>();
            Map<Integer, Draft> reaching = new HashMap<>();
            int column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                Draft merged = above.get(column);
                if (continuesAbove(properties) && merged != null) {
                    merged.rowSpan++;
                    appendStrayText(merged, DocxCellText.of(cell));
                    reaching.put(column, merged);
                } else {
                    Draft draft = new Draft(DocxCellText.of(cell), column, gridSpan(properties),
                            Origin.tableCell(tableIndex, rowIndex, column));
                    drafts.add(draft);
                    reaching.put(column, draft);
                }
                column += gridSpan(properties);
            }
            above = reaching;
            rows.add(drafts);
            rowIndex++;
        }
        return new Table(rows.stream().map(DocxTableGrid::toRow).toList(), Origin.table(tableIndex));
    }

    private static TableRow toRow(List<Draft> drafts) {
        return new TableRow(drafts.stream().map(Draft::toCell).toList());
    }

    /** Continuation cells are normally empty; text typed into one anyway belongs to the merged cell. */
    private static void appendStrayText(Draft merged, String text) {
        if (!text.isBlank()) {
            merged.text.append('\n').append(text);
        }
    }

    private static int gridSpan(CTTcPr properties) {
        if (properties == null || !properties.isSetGridSpan()) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, span.intValue());
    }

    /**
     * A w:vMerge other than "restart" continues the cell above. Without a w:val it means "continue"
     * (ECMA-376 17.4.85), which is how Word writes it; LibreOffice writes val="continue".
     */
    private static boolean continuesAbove(CTTcPr properties) {
        if (properties == null || !properties.isSetVMerge()) {
            return false;
        }
        return !properties.getVMerge().isSetVal() || properties.getVMerge().getVal() != STMerge.RESTART;
    }

    /** Rows may start to the right of the grid's first column (w:gridBefore), e.g. an indented last row. */
    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        CTDecimalNumber before = properties.getGridBeforeArray(0);
        return before.getVal() == null ? 0 : Math.max(0, before.getVal().intValue());
    }
}

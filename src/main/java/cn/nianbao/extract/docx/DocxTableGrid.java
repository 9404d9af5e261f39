package cn.nianbao.extract.docx;

import cn.nianbao.document.Origin;
import cn.nianbao.document.Table;
import cn.nianbao.extract.GridBuilder;
import java.math.BigInteger;
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

    private DocxTableGrid() {
    }

    static Table table(XWPFTable table, int tableIndex) {
        GridBuilder grid = new GridBuilder();
        int rowIndex = 0;
        for (XWPFTableRow row : table.getRows()) {
            grid.startRow();
            int column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                String text = DocxCellText.of(cell);
                if (!(continuesAbove(properties) && grid.continueAbove(column, text))) {
                    grid.cell(text, column, gridSpan(properties), Origin.tableCell(tableIndex, rowIndex, column));
                }
                column += gridSpan(properties);
            }
            rowIndex++;
        }
        return grid.build(Origin.table(tableIndex));
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

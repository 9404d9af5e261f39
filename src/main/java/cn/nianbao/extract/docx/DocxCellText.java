package cn.nianbao.extract.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The text of a table cell: its paragraphs one per line; a table nested in it adds a line per row. */
final class DocxCellText {

    private DocxCellText() {
    }

    static String of(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(paragraph.getText());
            } else if (element instanceof XWPFTable nested) {
                lines.addAll(rowLines(nested));
            } else if (element instanceof XWPFSDT contentControl) {
                lines.add(contentControl.getContent().getText());
            }
        }
        return String.join("\n", lines);
    }

    /** A nested table's rows, cells separated by TAB so that the values stay apart. */
    private static List<String> rowLines(XWPFTable table) {
        List<String> lines = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(of(cell).replace('\n', ' '));
            }
            lines.add(String.join("\t", cells));
        }
        return lines;
    }
}

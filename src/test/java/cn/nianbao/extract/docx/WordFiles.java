package cn.nianbao.extract.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Builds Word tables the way Word stores merges, for the DOCX reader tests. */
final class WordFiles {

    private WordFiles() {
    }

    static XWPFTable table(XWPFDocument document, String[][] texts) {
        XWPFTable table = document.createTable(texts.length, texts[0].length);
        for (int r = 0; r < texts.length; r++) {
            for (int c = 0; c < texts[r].length; c++) {
                table.getRow(r).getCell(c).setText(texts[r][c]);
            }
        }
        return table;
    }

    static void restart(XWPFTableCell cell) {
        properties(cell).addNewVMerge().setVal(STMerge.RESTART);
    }

    static void continueWithVal(XWPFTableCell cell) {
        properties(cell).addNewVMerge().setVal(STMerge.CONTINUE);
    }

    /** {@code <w:vMerge/>}: no w:val, which Word writes for "continue". */
    static void continueWithoutVal(XWPFTableCell cell) {
        properties(cell).addNewVMerge();
    }

    /** Widens a cell over the cells to its right and removes those, as Word stores a horizontal merge. */
    static void span(XWPFTableRow row, int cellIndex, int columns) {
        properties(row.getCell(cellIndex)).addNewGridSpan().setVal(BigInteger.valueOf(columns));
        for (int i = 1; i < columns; i++) {
            row.removeCell(cellIndex + 1);
        }
    }

    static byte[] bytes(XWPFDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}

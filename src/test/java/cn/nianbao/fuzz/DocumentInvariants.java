package cn.nianbao.fuzz;

import cn.nianbao.document.Block;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;

/** What every reader's {@link SourceDocument} must be, whatever bytes it was given (see the document package). */
final class DocumentInvariants {

    private DocumentInvariants() {
    }

    static void check(SourceDocument document, String method) {
        require(document != null, "a reader returned null");
        require(method.equals(document.method()), "method " + document.method() + " instead of " + method);
        require(document.pages() >= 1, "pages " + document.pages());
        for (Block block : document.blocks()) {
            require(block != null && block.origin() != null, "a block without origin: " + block);
            if (block instanceof Paragraph paragraph) {
                require(paragraph.text() != null, "a paragraph without text");
            } else if (block instanceof Table table) {
                table.rows().forEach(DocumentInvariants::checkRow);
            }
        }
    }

    /** Cells start left to right in grid columns, once each, and cover at least one grid cell. */
    private static void checkRow(TableRow row) {
        int previousColumn = -1;
        for (TableCell cell : row.cells()) {
            require(cell.text() != null, "a cell without text");
            require(cell.origin() != null, "a cell without origin: " + cell.text());
            require(cell.column() > previousColumn, "cell columns not increasing: " + row.cells());
            require(cell.colSpan() >= 1 && cell.rowSpan() >= 1, "span below 1: " + cell);
            require(cell.confidence() == null || cell.confidence() >= 0 && cell.confidence() <= 1,
                    "confidence out of 0..1: " + cell);
            previousColumn = cell.column();
        }
    }

    static void require(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }
}

package cn.nianbao.review.evidence;

import java.util.List;

/**
 * The table row of a Word or HTML document that a cell came from: every cell's text from left to right.
 * Cells merged down from rows above are included where they cover this row, as they hold the row's group
 * label (（三）不予公开 over 1.属于国家秘密).
 *
 * @param table the table's number in the document, from 1
 * @param row the row's number in that table, from 1 (header rows count)
 * @param cells the cells' texts as the document has them, lines joined by '\n'
 * @param marked the index in {@code cells} of the cell the value came from
 * @param caption 第 2 张表 第 5 行
 */
public record RowEvidence(int table, int row, List<String> cells, int marked, String caption) implements Evidence {

    public RowEvidence {
        cells = List.copyOf(cells);
    }
}

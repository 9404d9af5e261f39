package cn.nianbao.extract.text;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups classified lines into paragraphs and tables. Rows follow each other until running text comes:
 * blank lines and rule lines between rows do not end a table, a paragraph does.
 */
final class TextBlocks {

    private final List<Block> blocks = new ArrayList<>();
    private final List<TableRow> tableRows = new ArrayList<>();
    private int tableFirstLine;
    /** The one-cell-per-line row being collected, and its last cell, which a following TEXT line may continue. */
    private final List<TableCell> verticalRow = new ArrayList<>();
    private StringBuilder openCellText;
    private int openCellLine;

    static List<Block> of(List<TextLine> lines) {
        TextBlocks builder = new TextBlocks();
        lines.forEach(builder::add);
        builder.endTable();
        return builder.blocks;
    }

    private void add(TextLine line) {
        switch (line.kind()) {
            case BLANK -> endVerticalRow();
            case RULE -> endVerticalRow();
            case CELL -> addVerticalCell(line);
            case TAB_ROW, PIPE_ROW -> addWholeRow(line);
            case TEXT -> addText(line);
        }
    }

    private void addVerticalCell(TextLine line) {
        endCell();
        startTableAt(line);
        openCellText = new StringBuilder(line.cellText());
        openCellLine = line.number();
    }

    private void addWholeRow(TextLine line) {
        endVerticalRow();
        startTableAt(line);
        List<String> texts = line.rowCells();
        List<TableCell> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            cells.add(TableCell.simple(texts.get(i), i, Origin.lineCell(line.number(), i)));
        }
        tableRows.add(new TableRow(cells));
    }

    private void addText(TextLine line) {
        // A cell's text wraps onto the next line without the TAB ("\t商业" + "企业"); a heading never does.
        if (openCellText != null && !line.isHeading()) {
            openCellText.append('\n').append(line.raw());
            return;
        }
        endTable();
        String text = line.paragraphText();
        if (!text.isEmpty()) {
            blocks.add(new Paragraph(text, Origin.line(line.number())));
        }
    }

    private void startTableAt(TextLine line) {
        if (tableRows.isEmpty() && verticalRow.isEmpty()) {
            tableFirstLine = line.number();
        }
    }

    private void endCell() {
        if (openCellText != null) {
            int column = verticalRow.size();
            verticalRow.add(TableCell.simple(openCellText.toString(), column, Origin.line(openCellLine)));
            openCellText = null;
        }
    }

    private void endVerticalRow() {
        endCell();
        if (!verticalRow.isEmpty()) {
            tableRows.add(new TableRow(verticalRow));
            verticalRow.clear();
        }
    }

    private void endTable() {
        endVerticalRow();
        if (!tableRows.isEmpty()) {
            blocks.add(new Table(tableRows, Origin.line(tableFirstLine)));
            tableRows.clear();
        }
    }
}

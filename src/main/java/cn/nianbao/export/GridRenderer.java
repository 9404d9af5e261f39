package cn.nianbao.export;

import cn.nianbao.form.layout.GridBoxes;
import cn.nianbao.form.layout.GridPlan;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Draws {@link GridPlan}s onto a sheet: bordered boxes, merged where the printed form merges them. */
final class GridRenderer {

    /** Fills the cell of a key (value, style, comment). */
    interface Values {
        void write(Cell target, String key);
    }

    private static final float LINE_POINTS = 15f;

    private final Sheet sheet;
    private final ReportStyles styles;
    private final Values values;

    GridRenderer(Sheet sheet, ReportStyles styles, Values values) {
        this.sheet = sheet;
        this.styles = styles;
        this.values = values;
    }

    /**
     * @param labelColumns the columns the row labels take (when the plan has row labels)
     * @param width the data columns to fill: the last column of a narrower plan stretches to it
     * @return the first row below the plan
     */
    int render(GridPlan plan, int top, int labelColumns, int width) {
        for (GridBoxes.Box b : GridBoxes.place(plan, top, labelColumns, width)) {
            switch (b.kind()) {
                case VALUE -> value(b);
                case HEADING, LABEL -> box(b.firstRow(), b.lastRow(), b.firstColumn(), b.lastColumn(), b.text(),
                        styles.label);
                case CORNER, HEADER -> box(b.firstRow(), b.lastRow(), b.firstColumn(), b.lastColumn(), b.text(),
                        styles.header);
            }
        }
        return top + GridBoxes.height(plan);
    }

    private void value(GridBoxes.Box b) {
        Cell cell = cell(b.firstRow(), b.firstColumn());
        cell.setCellStyle(styles.value(CellMarks.Mark.NONE));
        if (b.key() != null) {
            values.write(cell, b.key());
        }
        if (b.lastColumn() > b.firstColumn()) {
            merge(b.firstRow(), b.firstRow(), b.firstColumn(), b.lastColumn(), cell.getCellStyle());
        }
    }

    /** A box of cells with one text, merged when it covers more than one cell. */
    void box(int firstRow, int lastRow, int firstColumn, int lastColumn, String text, CellStyle style) {
        cell(firstRow, firstColumn).setCellValue(text);
        merge(firstRow, lastRow, firstColumn, lastColumn, style);
        if (firstRow == lastRow) {
            fitHeight(firstRow, firstColumn, lastColumn, text);
        }
    }

    private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn, CellStyle style) {
        // Every cell under a merge gets the style, so that the box's borders are drawn all round.
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                cell(r, c).setCellStyle(style);
            }
        }
        if (lastRow > firstRow || lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    /** Spreadsheets do not grow a row for wrapped text in merged cells: give long labels the lines they need. */
    private void fitHeight(int rowIndex, int firstColumn, int lastColumn, String text) {
        int width = 0;
        for (int c = firstColumn; c <= lastColumn; c++) {
            width += sheet.getColumnWidth(c) / 256;
        }
        int lines = (ExportValues.displayWidth(text) + Math.max(width, 1) - 1) / Math.max(width, 1);
        Row row = sheet.getRow(rowIndex);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS));
    }

    private Cell cell(int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex);
        if (row == null) {
            row = sheet.createRow(rowIndex);
        }
        Cell cell = row.getCell(column);
        return cell == null ? row.createCell(column) : cell;
    }
}

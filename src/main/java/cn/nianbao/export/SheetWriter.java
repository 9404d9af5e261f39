package cn.nianbao.export;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** Appends the rows of a table to a sheet under a bold, frozen header row; numbers become numeric cells. */
final class SheetWriter<T> {
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 30;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Sheet sheet;
    private final RowFormat<T> format;
    private int next = 1;

    SheetWriter(Workbook workbook, String name, RowFormat<T> format) {
        this.sheet = workbook.createSheet(name);
        this.format = format;
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        Row header = sheet.createRow(0);
        int lines = 1;
        for (int i = 0; i < format.headers().size(); i++) {
            String text = format.headers().get(i);
            int width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, ExportValues.displayWidth(text)));
            sheet.setColumnWidth(i, width * 256);
            lines = Math.max(lines, (ExportValues.displayWidth(text) + width - 1) / width);
            Cell cell = header.createCell(i);
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }
        header.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        sheet.createFreezePane(0, 1);
    }

    void appendAll(Iterable<? extends T> items) {
        items.forEach(this::append);
    }

    void append(T item) {
        Row row = sheet.createRow(next++);
        List<Object> values = format.row(item);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                String text = value.toString();
                row.createCell(i).setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
        }
    }
}

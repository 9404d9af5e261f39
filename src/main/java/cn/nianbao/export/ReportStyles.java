package cn.nianbao.export;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the official layout, made once per workbook (a workbook holds a limited number). */
final class ReportStyles {
    final CellStyle title;
    final CellStyle caption;
    final CellStyle text;
    final CellStyle label;
    final CellStyle header;
    private final Map<CellMarks.Mark, CellStyle> values = new EnumMap<>(CellMarks.Mark.class);

    ReportStyles(Workbook workbook) {
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font bold = workbook.createFont();
        bold.setBold(true);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        caption = workbook.createCellStyle();
        caption.setFont(bold);
        text = workbook.createCellStyle();
        label = bordered(workbook, HorizontalAlignment.LEFT);
        header = bordered(workbook, HorizontalAlignment.CENTER);
        for (CellMarks.Mark mark : CellMarks.Mark.values()) {
            CellStyle style = bordered(workbook, HorizontalAlignment.CENTER);
            if (mark.fill() != null) {
                style.setFillForegroundColor(mark.fill().getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            values.put(mark, style);
        }
    }

    CellStyle value(CellMarks.Mark mark) {
        return values.get(mark);
    }

    private static CellStyle bordered(Workbook workbook, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }
}

package cn.nianbao.document;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a piece of a source document came from. Only the fields that make sense for the format are set:
 * page and box for PDF and scans, table/row/cell index for DOCX and HTML, line for text.
 *
 * @param via who placed the value there when it was not the reader and the heuristics: {@code llm} for a
 *            source token an LLM assigned to the cell (verified, but a person should confirm the placing)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Origin(Integer page, double[] bbox, Integer table, Integer row, Integer cell, Integer line,
                     Integer paragraph, String via) {
    public static final String VIA_LLM = "llm";

    public Origin(Integer page, double[] bbox, Integer table, Integer row, Integer cell, Integer line,
                  Integer paragraph) {
        this(page, bbox, table, row, cell, line, paragraph, null);
    }

    /** The same place, with who put its value in the cell. */
    public Origin placedBy(String placer) {
        return new Origin(page, bbox, table, row, cell, line, paragraph, placer);
    }

    public static Origin line(int line) {
        return new Origin(null, null, null, null, null, line, null);
    }

    public static Origin lineCell(int line, int cell) {
        return new Origin(null, null, null, null, cell, line, null);
    }

    public static Origin tableCell(int table, int row, int cell) {
        return new Origin(null, null, table, row, cell, null, null);
    }

    public static Origin table(int table) {
        return new Origin(null, null, table, null, null, null, null);
    }

    public static Origin paragraph(int paragraph) {
        return new Origin(null, null, null, null, null, null, paragraph);
    }

    public static Origin pageBox(int page, double x, double y, double w, double h) {
        return new Origin(page, new double[] {x, y, w, h}, null, null, null, null, null);
    }
}

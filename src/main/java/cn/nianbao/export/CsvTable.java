package cn.nianbao.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** Writes a table as RFC 4180 CSV in UTF-8 with a byte order mark, which Excel needs to show Chinese. */
final class CsvTable {
    /** Characters that make a spreadsheet read a cell as a formula (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvTable() {
    }

    /** Leaves {@code out} open: the caller owns it (a servlet response, a file). */
    static <T> void write(RowFormat<T> format, Iterable<T> items, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        // CSVFormat rather than CSVPrinter: the printer's FindBugs annotations make javac warn, and closing it
        // would close the caller's stream.
        CSVFormat.RFC4180.printRecord(writer, format.headers().toArray());
        for (T item : items) {
            List<String> fields = new ArrayList<>();
            for (Object value : format.row(item)) {
                fields.add(field(value));
            }
            CSVFormat.RFC4180.printRecord(writer, fields.toArray());
        }
        writer.flush();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = ExportValues.text(value);
        return value instanceof Number ? text : guarded(text);
    }

    /**
     * Text from strangers (file names, organ names, reasons) that a spreadsheet would run as a formula gets a
     * leading apostrophe; numbers are written by this code and stay as they are.
     */
    static String guarded(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

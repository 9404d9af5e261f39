package cn.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The dataset as CSV: one row per report, one column per cell key (see {@link DatasetXlsx} for the columns).
 * UTF-8 with a byte order mark, RFC 4180; text that a spreadsheet would take for a formula is defused.
 */
public final class DatasetCsv {

    private DatasetCsv() {
    }

    /** Writes the rows as they come (pass a paged iterable for thousands of reports); leaves {@code out} open. */
    public static void write(Iterable<DatasetRow> rows, OutputStream out) throws IOException {
        CsvTable.write(DatasetFormat.format(), rows, out);
    }
}

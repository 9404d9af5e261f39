package cn.nianbao.export;

import cn.nianbao.review.AuditEntry;
import java.io.IOException;
import java.io.OutputStream;

/** The audit trail as CSV, with the columns of the 审计记录 sheets; UTF-8 with a byte order mark, RFC 4180. */
public final class AuditCsv {

    private AuditCsv() {
    }

    /** Writes the entries as they come; leaves {@code out} open. */
    public static void write(Iterable<AuditEntry> entries, OutputStream out) throws IOException {
        CsvTable.write(AuditFormat.format(CellLabels::label), entries, out);
    }
}

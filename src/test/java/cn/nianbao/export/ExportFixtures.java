package cn.nianbao.export;

import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.review.AuditEntry;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.store.FindingCounts;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/** Results of real fixture documents, records around them, and readers of what the exports wrote. */
final class ExportFixtures {
    private static final Map<String, ExtractionResult> RESULTS = new ConcurrentHashMap<>();
    private static ExtractionPipeline pipeline;

    private ExportFixtures() {
    }

    /** The pipeline's result for a file under fixtures/ (extracted once per test run). */
    static ExtractionResult extract(String relative) {
        return RESULTS.computeIfAbsent(relative, r -> {
            try {
                byte[] bytes = Files.readAllBytes(Path.of("fixtures").resolve(r));
                return pipeline().extract(bytes, Path.of(r).getFileName().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static synchronized ExtractionPipeline pipeline() {
        if (pipeline == null) {
            pipeline = ExtractionPipeline.standard();
        }
        return pipeline;
    }

    /** A stored report as the database would hold it after the extraction. */
    static ReportRecord record(String fileName, ReportStatus status, ExtractionResult result) {
        String organ = result == null ? null : result.report().organ();
        Integer year = result == null ? null : result.report().year();
        String version = result == null ? null : result.report().version();
        FindingCounts counts = result == null ? new FindingCounts(0, 0, 0) : FindingCounts.of(result.findings());
        Instant at = Instant.parse("2024-03-01T02:00:00Z");
        return new ReportRecord(UUID.randomUUID(), "0".repeat(64), fileName, "text/plain", 100, "test", status, null,
                organ, year, version, 1, 1, "text", counts, at, at);
    }

    static AuditEntry cellEdit(UUID report, Instant at, String actor, String key, String oldValue, String oldState,
                               String newValue, String reason) {
        return new AuditEntry(1, report, at, actor, AuditEntry.CELL, key, oldValue, oldState, newValue, "corrected",
                reason);
    }

    static AuditEntry approval(UUID report, Instant at, String actor, String reason) {
        return new AuditEntry(2, report, at, actor, AuditEntry.STATUS, null, "needs_review", null, "approved", null,
                reason);
    }

    /** The records of a CSV the exports wrote, after checking and dropping its byte order mark. */
    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("no byte order mark");
        }
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    /** The column of a header in a header row. */
    static int column(List<String> headers, String header) {
        int index = headers.indexOf(header);
        if (index < 0) {
            throw new AssertionError("no column " + header);
        }
        return index;
    }

    /** Where the first cell holding exactly this text is. */
    static CellAddress find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return cell.getAddress();
                }
            }
        }
        throw new AssertionError("no cell " + text + " on " + sheet.getSheetName());
    }

    /** The merged region starting at the cell, or null when the cell is not merged. */
    static CellRangeAddress mergedAt(Sheet sheet, CellAddress at) {
        return sheet.getMergedRegions().stream()
                .filter(r -> r.getFirstRow() == at.getRow() && r.getFirstColumn() == at.getColumn())
                .findFirst().orElse(null);
    }
}

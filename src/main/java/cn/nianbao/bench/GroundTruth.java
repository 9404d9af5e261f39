package cn.nianbao.bench;

import cn.nianbao.bench.ExpectedRows.ExpectedCell;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-written or generated truth beside a benchmark document: NAME.expected.json (a whole report: its
 * "rows" and every finding it must get) or NAME.expected-cells.json (only the rows one page or scan shows;
 * {@code findings} is then null, as a page alone cannot say which findings its report gets). {@code version}
 * is the form version the report is on, when the truth says.
 */
record GroundTruth(Map<String, List<ExpectedCell>> rows, List<ExpectedFinding> findings, String version) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<GroundTruth> beside(Path document) throws IOException {
        Optional<BenchDocument> found = BenchDocument.of(document);
        return found.isPresent() ? Optional.of(read(found.get().truth())) : Optional.empty();
    }

    static GroundTruth read(Path file) throws IOException {
        JsonNode json = JSON.readTree(file.toFile());
        Map<String, List<ExpectedCell>> rows = ExpectedRows.read(json.has("rows") ? json.get("rows") : json);
        String version = json.path("report").hasNonNull("version") ? json.path("report").get("version").asText() : null;
        if (!json.has("findings")) {
            return new GroundTruth(rows, null, version);
        }
        List<ExpectedFinding> findings = new ArrayList<>();
        json.get("findings").forEach(f -> findings.add(ExpectedFinding.read(f)));
        return new GroundTruth(rows, findings, version);
    }

    /** The numbers of the table in reading order, as a full-page OCR would meet them. */
    List<Long> numbersInOrder() {
        return rows.values().stream().flatMap(List::stream)
                .filter(c -> c.value() != null && !c.state().equals("inferred"))
                .map(c -> c.value().longValue()).toList();
    }
}

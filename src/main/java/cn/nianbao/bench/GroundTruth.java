package cn.nianbao.bench;

import cn.nianbao.bench.ExpectedRows.ExpectedCell;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-written truth beside a benchmark document: NAME.expected.json (a whole report, its "rows") or
 * NAME.expected-cells.json (the rows one page or scan shows).
 */
record GroundTruth(Map<String, List<ExpectedCell>> rows) {

    static Optional<GroundTruth> beside(Path document) throws IOException {
        String name = document.getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        for (String suffix : List.of(".expected.json", ".expected-cells.json")) {
            Path file = document.resolveSibling(base + suffix);
            if (Files.exists(file)) {
                JsonNode json = new ObjectMapper().readTree(file.toFile());
                return Optional.of(new GroundTruth(ExpectedRows.read(json.has("rows") ? json.get("rows") : json)));
            }
        }
        return Optional.empty();
    }

    /** The numbers of the table in reading order, as a full-page OCR would meet them. */
    List<Long> numbersInOrder() {
        return rows.values().stream().flatMap(List::stream)
                .filter(c -> c.value() != null && !c.state().equals("inferred"))
                .map(c -> c.value().longValue()).toList();
    }
}

package cn.nianbao.bench;

import cn.nianbao.bench.ExpectedRows.ExpectedCell;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-written truth beside a benchmark document: NAME.expected.json (a whole report, its "rows") or
 * NAME.expected-cells.json (the rows one page or scan shows).
 */
record GroundTruth(Map<String, List<ExpectedCell>> rows) {

    /** A truth file, and the base name of the documents it serves. */
    record TruthFile(Path file, String base) {
    }

    static Optional<GroundTruth> beside(Path document) throws IOException {
        Optional<TruthFile> truth = fileBeside(document);
        if (truth.isEmpty()) {
            return Optional.empty();
        }
        JsonNode json = new ObjectMapper().readTree(truth.get().file().toFile());
        return Optional.of(new GroundTruth(ExpectedRows.read(json.has("rows") ? json.get("rows") : json)));
    }

    /**
     * The truth file of a document: extensions are stripped one at a time until BASE.expected.json or
     * BASE.expected-cells.json is there, so every rendering of report r00001 (r00001.pdf,
     * r00001.scan-light.pdf) shares r00001.expected.json.
     */
    static Optional<TruthFile> fileBeside(Path document) {
        String base = document.getFileName().toString();
        while (base.contains(".")) {
            base = base.substring(0, base.lastIndexOf('.'));
            for (String suffix : List.of(".expected.json", ".expected-cells.json")) {
                Path file = document.resolveSibling(base + suffix);
                if (Files.exists(file)) {
                    return Optional.of(new TruthFile(file, base));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What a benchmark row is named by: what follows the truth's base name ({@code pdf},
     * {@code scan-light.pdf}), so that each rendering of a report is scored apart; the extension when
     * there is no truth.
     */
    static String format(Path document) {
        String name = document.getFileName().toString();
        String base = fileBeside(document).map(TruthFile::base)
                .orElse(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        return name.substring(Math.min(name.length(), base.length() + 1)).toLowerCase(Locale.ROOT);
    }

    /** The numbers of the table in reading order, as a full-page OCR would meet them. */
    List<Long> numbersInOrder() {
        return rows.values().stream().flatMap(List::stream)
                .filter(c -> c.value() != null && !c.state().equals("inferred"))
                .map(c -> c.value().longValue()).toList();
    }
}

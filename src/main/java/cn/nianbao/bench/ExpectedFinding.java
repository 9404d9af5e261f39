package cn.nianbao.bench;

import cn.nianbao.form.CellSpec;
import cn.nianbao.form.FormVersion;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One finding an expected file requires: its rule, its severity when given, and its cells, where
 * {@code table.*} or {@code table.row.*} stands for every template cell under that prefix. Shared by the
 * fixture tests and the benchmark.
 */
public record ExpectedFinding(String rule, String severity, List<String> cells) {

    public static ExpectedFinding read(JsonNode finding) {
        List<String> cells = new ArrayList<>();
        finding.path("cells").forEach(c -> cells.add(c.asText()));
        return new ExpectedFinding(finding.get("rule").asText(),
                finding.hasNonNull("severity") ? finding.get("severity").asText() : null, cells);
    }

    /** The cell keys meant, wildcards expanded against the version's template. */
    public Set<String> cellKeys(FormVersion version) {
        Set<String> keys = new TreeSet<>();
        for (String pattern : cells) {
            if (pattern.endsWith(".*")) {
                String prefix = pattern.substring(0, pattern.length() - 1);
                version.cells().stream().map(CellSpec::key).filter(k -> k.startsWith(prefix)).forEach(keys::add);
            } else {
                keys.add(pattern);
            }
        }
        return keys;
    }
}

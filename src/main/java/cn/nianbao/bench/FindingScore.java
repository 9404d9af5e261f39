package cn.nianbao.bench;

import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormVersion;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Findings given against findings required, per rule, summed over the documents scored. */
final class FindingScore {
    private final Map<String, RuleTally> rules = new TreeMap<>();

    /** Adds one document; a document whose truth lists no findings (a page alone) is not counted. */
    void add(ExtractionResult result, GroundTruth truth) {
        if (truth.findings() == null) {
            return;
        }
        FormVersion version = result.report() == null ? null
                : FormCatalog.standard().version(result.report().version());
        List<ExpectedFinding> open = new ArrayList<>(truth.findings());
        for (ExpectedFinding want : truth.findings()) {
            count(want.rule(), 1, 0, 0);
        }
        for (Finding got : result.findings()) {
            ExpectedFinding match = version == null ? null : match(open, got, version);
            open.remove(match);
            count(got.rule(), 0, 1, match == null ? 0 : 1);
        }
    }

    List<RuleTally> rules() {
        return List.copyOf(rules.values());
    }

    private static ExpectedFinding match(List<ExpectedFinding> open, Finding got, FormVersion version) {
        Set<String> cells = new TreeSet<>(got.cells());
        for (ExpectedFinding want : open) {
            if (want.rule().equals(got.rule()) && want.cellKeys(version).equals(cells)
                    && (want.severity() == null || want.severity().equals(got.severity().id()))) {
                return want;
            }
        }
        return null;
    }

    private void count(String rule, int expected, int given, int matched) {
        rules.merge(rule, new RuleTally(rule, expected, given, matched),
                (a, b) -> a.plus(b.expected(), b.given(), b.matched()));
    }
}

package cn.nianbao.cli;

import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The one line per file the CLI prints: file, status, number of findings by rule, or the error. */
final class Summary {
    private Summary() {
    }

    static String line(String name, ExtractionResult result) {
        if (result.error() != null) {
            return name + "\t" + result.status() + "\t" + result.error();
        }
        Map<String, Long> byRule = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
        String rules = byRule.isEmpty() ? "" : "\t" + byRule.entrySet().stream()
                .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
        return name + "\t" + result.status() + "\t" + result.findings().size() + " findings" + rules;
    }
}

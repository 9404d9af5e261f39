package cn.nianbao.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Holds a run to a recorded baseline: per format, cell accuracy and the share of wrong cells that carry a
 * finding; per rule, finding precision and recall. Any of them below its baseline is a shortfall. Speed is
 * not gated — it depends on the machine; accuracy on the same corpus does not.
 */
public final class RegressionGate {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double SLACK = 1e-9;

    /** The recorded floor: what a run on the gate's corpus reached when it was recorded. */
    public record Baseline(String recorded, Map<String, FormatFloor> formats, Map<String, RuleFloor> rules) {

        public static Baseline read(Path file) throws IOException {
            return JSON.readValue(file.toFile(), Baseline.class);
        }

        public void write(Path file) throws IOException {
            JSON.writeValue(file.toFile(), this);
        }

        public static Baseline of(BenchReport report) {
            Map<String, FormatFloor> formats = new TreeMap<>();
            report.formats().forEach(f -> formats.put(f.format(),
                    new FormatFloor(f.cellAccuracy(), f.flaggedWhenWrong())));
            Map<String, RuleFloor> rules = new TreeMap<>();
            report.rules().forEach(r -> rules.put(r.rule(), new RuleFloor(r.precision(), r.recall())));
            return new Baseline(report.date() + ", commit " + report.machine().commit(), formats, rules);
        }
    }

    public record FormatFloor(double cellAccuracy, double flaggedWhenWrong) {
    }

    public record RuleFloor(double precision, double recall) {
    }

    private RegressionGate() {
    }

    /** Everything of the run that fell below the baseline, one line each; empty when the run holds. */
    public static List<String> shortfalls(BenchReport report, Baseline baseline) {
        List<String> out = new ArrayList<>();
        Map<String, FormatResult> formats = report.formats().stream()
                .collect(Collectors.toMap(FormatResult::format, Function.identity()));
        baseline.formats().forEach((format, floor) -> {
            FormatResult got = formats.get(format);
            if (got == null) {
                out.add(format + ": no documents of this format in the run");
                return;
            }
            below(out, format + " cell accuracy", got.cellAccuracy(), floor.cellAccuracy());
            below(out, format + " wrong cells flagged", got.flaggedWhenWrong(), floor.flaggedWhenWrong());
        });
        Map<String, RuleTally> rules = report.rules().stream()
                .collect(Collectors.toMap(RuleTally::rule, Function.identity()));
        baseline.rules().forEach((rule, floor) -> {
            RuleTally got = rules.getOrDefault(rule, new RuleTally(rule, 0, 0, 0));
            below(out, rule + " precision", got.precision(), floor.precision());
            below(out, rule + " recall", got.recall(), floor.recall());
        });
        return out;
    }

    private static void below(List<String> out, String what, double got, double floor) {
        if (got < floor - SLACK) {
            out.add(String.format(Locale.ROOT, "%s fell to %.4f, below the baseline %.4f", what, got, floor));
        }
    }
}

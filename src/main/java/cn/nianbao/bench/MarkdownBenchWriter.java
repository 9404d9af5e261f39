package cn.nianbao.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The run as Markdown: where it ran, one row per format, one row per rule, and the heap. */
public final class MarkdownBenchWriter implements BenchWriter {

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(BenchReport report, Appendable out) throws IOException {
        Machine machine = report.machine();
        out.append("# Benchmark — ").append(report.date()).append(", commit ").append(machine.commit())
                .append("\n\n");
        out.append(String.format(Locale.ROOT, "Machine: %d cores, %d MB, %s, %s, %s.%n", machine.cores(),
                machine.memoryMb(), machine.os(), machine.java(), machine.tesseract()));
        out.append("Command: `").append(report.command()).append("` on ").append(String.join(", ", report.corpus()))
                .append(" — ").append(String.valueOf(report.documents())).append(" documents, warm JVM")
                .append(report.tesseractSettings() == null ? "" : "; " + report.tesseractSettings()).append(".\n\n");
        formats(report, out);
        out.append('\n');
        rules(report, out);
        out.append('\n');
        heap(report, out);
    }

    private static void formats(BenchReport report, Appendable out) throws IOException {
        Set<Integer> threads = new TreeSet<>();
        report.formats().forEach(f -> threads.addAll(f.reportsPerSecond().keySet()));
        StringBuilder header = new StringBuilder("| format | documents | pages |");
        threads.forEach(t -> header.append(" reports/s, ").append(t).append(t == 1 ? " thread |" : " threads |"));
        header.append(" s/page | cells right | cells wrong | wrong and flagged | Tika s/document "
                + "| table numbers (Nianbao) | tesseract s/page | table numbers (tesseract) |");
        out.append(header).append('\n');
        out.append("|---".repeat(11 + threads.size())).append("|\n");
        for (FormatResult f : report.formats()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %d |", f.format(),
                    f.documents(), f.pages()));
            for (int t : threads) {
                Double perSecond = f.reportsPerSecond().get(t);
                row.append(perSecond == null ? " – |" : String.format(Locale.ROOT, " %.1f |", perSecond));
            }
            row.append(String.format(Locale.ROOT, " %.3f | %s | %d | %s | %s | %s | %s | %s |", f.secondsPerPage(),
                    share(f.cellsRight(), f.cells()), f.cellsWrong(),
                    f.cellsWrong() == 0 ? "–" : share(f.cellsWrongFlagged(), f.cellsWrong()),
                    f.tikaSecondsPerDocument() == null ? "–"
                            : String.format(Locale.ROOT, "%.3f", f.tikaSecondsPerDocument()),
                    f.tableNumbers() == null ? "–" : share(f.tableNumbersNianbao(), f.tableNumbers()),
                    f.tesseractSecondsPerPage() == null ? "–"
                            : String.format(Locale.ROOT, "%.2f", f.tesseractSecondsPerPage()),
                    f.tableNumbers() == null ? "–" : share(f.tableNumbersTesseract(), f.tableNumbers())));
            out.append(row).append('\n');
        }
    }

    private static void rules(BenchReport report, Appendable out) throws IOException {
        out.append("Findings per rule, over the documents whose truth lists every finding:\n\n");
        out.append("| rule | required | given | matched | precision | recall |\n|---|---|---|---|---|---|\n");
        for (RuleTally rule : report.rules()) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f%% | %.1f%% |%n", rule.rule(),
                    rule.expected(), rule.given(), rule.matched(), 100 * rule.precision(), 100 * rule.recall()));
        }
    }

    private static void heap(BenchReport report, Appendable out) throws IOException {
        out.append(String.format(Locale.ROOT, "Heap: peak %.0f MB (sampled every 5 ms) of %.0f MB allowed",
                report.heapPeakMb(), report.heapMaxMb()));
        if (!report.heapAfterGc().isEmpty()) {
            Map<Integer, Double> checkpoints = new LinkedHashMap<>();
            report.heapAfterGc().forEach(c -> checkpoints.put(c.documents(), c.usedMb()));
            out.append("; in use after a full collection, by documents read: ").append(checkpoints.entrySet()
                    .stream().map(e -> String.format(Locale.ROOT, "%d → %.0f MB", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", ")));
        }
        out.append(".\n");
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * part / whole, part, whole);
    }
}

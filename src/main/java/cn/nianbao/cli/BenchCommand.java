package cn.nianbao.cli;

import cn.nianbao.bench.BenchOptions;
import cn.nianbao.bench.BenchReport;
import cn.nianbao.bench.BenchWriter;
import cn.nianbao.bench.Benchmark;
import cn.nianbao.bench.JsonBenchWriter;
import cn.nianbao.bench.MarkdownBenchWriter;
import cn.nianbao.bench.RegressionGate;
import cn.nianbao.bench.RegressionGate.Baseline;
import cn.nianbao.pipeline.ExtractionPipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bench [options] DIR...}: accuracy and speed on documents with truth beside them, printed as
 * Markdown; optionally written to a results folder, held to a baseline, or recorded as the baseline.
 */
public final class BenchCommand {
    static final String USAGE = """
            usage: java -jar nianbao.jar bench [options] DIR...
              --no-tesseract           do not run the tesseract command line beside Nianbao
              --no-tika                do not time Tika's plain-text extraction
              --threads 1,2            thread counts for the wall-time passes (default 1,2; 0 for none)
              --tesseract-documents N  tesseract on at most N documents per format (default 20)
              --accuracy-only          no tesseract, Tika or wall-time passes (what the gate needs)
              --out DIR                also write DATE-NAME.md and DATE-NAME.json there
              --name NAME              the results' name (default: the first DIR's name)
              --gate BASELINE.json     exit 1 when accuracy falls below the baseline
              --write-baseline FILE    record this run as the baseline""";

    private final PrintStream out;
    private final PrintStream err;

    public BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        BenchOptions options = BenchOptions.full();
        List<Path> roots = new ArrayList<>();
        Path results = null;
        String name = null;
        Path gate = null;
        Path baseline = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    case "--no-tesseract" -> options = options.withoutTesseract();
                    case "--no-tika" -> options = new BenchOptions(options.tesseract(), options.tesseractDocuments(),
                            false, options.threads(), options.warmup());
                    case "--accuracy-only" -> options = BenchOptions.accuracyOnly();
                    case "--threads" -> options = options.withThreads(threads(value(args, ++i)));
                    case "--tesseract-documents" -> options = new BenchOptions(options.tesseract(),
                            Integer.parseInt(value(args, ++i)), options.tika(), options.threads(), options.warmup());
                    case "--out" -> results = Path.of(value(args, ++i));
                    case "--name" -> name = value(args, ++i);
                    case "--gate" -> gate = existing(value(args, ++i));
                    case "--write-baseline" -> baseline = Path.of(value(args, ++i));
                    default -> roots.add(existing(args[i]));
                }
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (roots.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        try {
            BenchReport report = new Benchmark(ExtractionPipeline.standard(), options)
                    .run(roots, "java -jar nianbao.jar bench " + String.join(" ", args));
            new MarkdownBenchWriter().write(report, out);
            if (results != null) {
                write(report, results, name == null ? roots.get(0).toAbsolutePath().normalize().getFileName().toString()
                        : name);
            }
            if (baseline != null) {
                Baseline.of(report).write(baseline);
                out.println("baseline recorded in " + baseline);
            }
            return gate == null ? 0 : holds(report, Baseline.read(gate)) ? 0 : 1;
        } catch (IOException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private boolean holds(BenchReport report, Baseline baseline) {
        List<String> shortfalls = RegressionGate.shortfalls(report, baseline);
        shortfalls.forEach(s -> err.println("regression: " + s));
        out.println(shortfalls.isEmpty() ? "gate: no shortfall against the baseline of " + baseline.recorded()
                : "gate: " + shortfalls.size() + " shortfall(s) against the baseline of " + baseline.recorded());
        return shortfalls.isEmpty();
    }

    private void write(BenchReport report, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        for (BenchWriter writer : List.of(new MarkdownBenchWriter(), new JsonBenchWriter())) {
            Path file = folder.resolve(LocalDate.now() + "-" + name + "." + writer.extension());
            try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(report, text);
            }
            out.println("wrote " + file);
        }
    }

    private static List<Integer> threads(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).filter(n -> n > 0).toList();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static Path existing(String path) {
        if (!Files.exists(Path.of(path))) {
            throw new IllegalArgumentException("没有这个文件或目录 / no such file or directory: " + path);
        }
        return Path.of(path);
    }
}

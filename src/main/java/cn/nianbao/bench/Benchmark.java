package cn.nianbao.bench;

import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.result.ExtractionResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the extractor over documents that have hand-written truth beside them and prints, per format, speed
 * (warm JVM: every document is read once before timing) and cell accuracy, side by side with the
 * tesseract command line on the same pages for PDFs and scans.
 */
public final class Benchmark {
    private static final Set<String> FORMATS = Set.of("txt", "md", "docx", "doc", "html", "pdf", "png", "jpg", "jpeg",
            "tif", "tiff");
    private static final Set<String> PAGE_IMAGES = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff");

    private final ExtractionPipeline pipeline = ExtractionPipeline.standard();
    private final PrintStream out;

    public Benchmark(PrintStream out) {
        this.out = out;
    }

    public void run(List<Path> roots, boolean withTesseract) throws IOException, InterruptedException {
        List<Path> documents = documents(roots);
        for (Path document : documents) {
            pipeline.extract(Files.readAllBytes(document), document.getFileName().toString());
        }
        boolean tesseract = withTesseract && TesseractCli.available();
        Map<String, FormatTally> tallies = new TreeMap<>();
        for (Path document : documents) {
            GroundTruth truth = GroundTruth.beside(document).orElseThrow();
            String format = extension(document);
            FormatTally tally = tallies.computeIfAbsent(GroundTruth.format(document), f -> new FormatTally());
            byte[] bytes = Files.readAllBytes(document);
            long start = System.nanoTime();
            ExtractionResult result = pipeline.extract(bytes, document.getFileName().toString());
            tally.seconds += (System.nanoTime() - start) / 1e9;
            tally.documents++;
            tally.pages += result.source().pages() == null ? 1 : result.source().pages();
            tally.cells = tally.cells.plus(CellScore.of(result, truth));
            if (tesseract && PAGE_IMAGES.contains(format)) {
                List<Long> numbers = truth.numbersInOrder();
                TesseractCli.Run run = TesseractCli.read(document);
                tally.tesseractPages += run.pages();
                tally.tesseractSeconds += run.seconds();
                tally.numbersExpected += numbers.size();
                tally.tesseractNumbers += NumberRecovery.inOrder(numbers, run.text());
                tally.nianbaoNumbers += NumberRecovery.inOrder(numbers, ResultNumbers.inOrder(result));
            }
        }
        out.println("Nianbao benchmark — " + documents.size() + " documents with hand-written truth, warm JVM, 1 thread"
                + (tesseract ? "; tesseract chi_sim --psm 4, OMP_THREAD_LIMIT=1" : withTesseract
                ? "; tesseract not installed" : ""));
        out.println();
        out.println(FormatTally.header());
        tallies.forEach((format, tally) -> out.println(tally.row(format)));
    }

    private static List<Path> documents(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (FORMATS.contains(extension(file)) && GroundTruth.beside(file).isPresent()) {
                        out.add(file);
                    }
                }
            }
        }
        return out;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    }
}

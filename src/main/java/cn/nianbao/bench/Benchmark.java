package cn.nianbao.bench;

import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.result.ExtractionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the extractor over documents that have truth beside them and measures, per format, cell accuracy,
 * how many wrong cells carry a finding, finding precision and recall per rule, speed with a warm JVM at
 * each thread count asked for, and the heap; side by side with what a user would otherwise run — the
 * tesseract command line on the same pages, Tika's plain text on the same files. Documents are read one
 * at a time and only totals are kept, so a corpus of any size runs in the same memory.
 */
public final class Benchmark {
    private static final String TESSERACT = "tesseract chi_sim --psm 4, full page at 300 dpi, OMP_THREAD_LIMIT=1";

    private static final long WARM_UP_NANOS = 5_000_000_000L;

    private final ExtractionPipeline pipeline;
    private final BenchOptions options;

    public Benchmark(ExtractionPipeline pipeline, BenchOptions options) {
        this.pipeline = pipeline;
        this.options = options;
    }

    public BenchReport run(List<Path> roots, String command) throws IOException, InterruptedException {
        List<BenchDocument> documents = BenchDocument.under(roots);
        Map<String, List<BenchDocument>> byFormat = new TreeMap<>();
        documents.forEach(d -> byFormat.computeIfAbsent(d.format(), f -> new ArrayList<>()).add(d));
        warmUp(byFormat);
        boolean tesseract = options.tesseract() && TesseractCli.available();
        Map<String, FormatTally> tallies = new LinkedHashMap<>();
        byFormat.keySet().forEach(f -> tallies.put(f, new FormatTally()));
        FindingScore findings = new FindingScore();
        TikaFloor tika = options.tika() ? new TikaFloor() : null;
        try (HeapWatch heap = new HeapWatch()) {
            int every = documents.size() >= 1000 ? (documents.size() + 9) / 10 : Integer.MAX_VALUE;
            int done = 0;
            for (BenchDocument document : documents) {
                FormatTally tally = tallies.get(document.format());
                score(document, tally, findings, tesseract && tally.documents < options.tesseractDocuments());
                if (tika != null && !document.format().matches("png|jpe?g|tiff?")) {
                    tally.tikaSeconds += tika.seconds(document.file());
                    tally.tikaDocuments++;
                }
                if (++done % every == 0) {
                    heap.checkpoint(done);
                }
            }
            for (int threads : options.threads()) {
                for (Map.Entry<String, List<BenchDocument>> format : byFormat.entrySet()) {
                    tallies.get(format.getKey()).wallSeconds.put(threads, wallSeconds(format.getValue(), threads));
                }
            }
            heap.checkpoint(documents.size());
            List<FormatResult> formats = new ArrayList<>();
            tallies.forEach((format, tally) -> formats.add(tally.result(format)));
            return new BenchReport(LocalDate.now().toString(), Machine.here(), command,
                    roots.stream().map(Path::toString).toList(), documents.size(),
                    tesseract ? TESSERACT : options.tesseract() ? "tesseract not installed" : null,
                    formats, findings.rules(), heap.peakMb(), HeapWatch.maxMb(), heap.checkpoints());
        }
    }

    private void score(BenchDocument document, FormatTally tally, FindingScore findings, boolean tesseract)
            throws IOException, InterruptedException {
        byte[] bytes = Files.readAllBytes(document.file());
        long start = System.nanoTime();
        ExtractionResult result = pipeline.extract(bytes, document.file().getFileName().toString());
        tally.seconds += (System.nanoTime() - start) / 1e9;
        tally.documents++;
        tally.pages += result.source() == null || result.source().pages() == null ? 1 : result.source().pages();
        GroundTruth truth = GroundTruth.read(document.truth());
        tally.cells = tally.cells.plus(CellScore.of(result, truth));
        findings.add(result, truth);
        if (tesseract && document.pageImages()) {
            List<Long> numbers = truth.numbersInOrder();
            TesseractCli.Run run = TesseractCli.read(document.file());
            tally.tesseractPages += run.pages();
            tally.tesseractSeconds += run.seconds();
            tally.numbersExpected += numbers.size();
            tally.tesseractNumbers += NumberRecovery.inOrder(numbers, run.text());
            tally.nianbaoNumbers += NumberRecovery.inOrder(numbers, ResultNumbers.inOrder(result));
        }
    }

    /**
     * Reads documents of every format before timing, so class loading and JIT compilation are not timed —
     * on as many threads as the busiest pass will use, so every OCR/PDF worker process the pool starts is
     * warm too. A format stops warming after a few seconds, which is one or two pages of a scan (OCR is
     * native code and needs no JIT).
     */
    private void warmUp(Map<String, List<BenchDocument>> byFormat) throws InterruptedException {
        int threads = Math.max(1, options.threads().stream().mapToInt(Integer::intValue).max().orElse(1));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (List<BenchDocument> documents : byFormat.values()) {
                long until = System.nanoTime() + WARM_UP_NANOS;
                List<Future<?>> readers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    readers.add(pool.submit(() -> {
                        for (int i = first; i < options.warmup() * threads && System.nanoTime() < until; i += threads) {
                            BenchDocument document = documents.get(i % documents.size());
                            pipeline.extract(Files.readAllBytes(document.file()),
                                    document.file().getFileName().toString());
                        }
                        return null;
                    }));
                }
                for (Future<?> reader : readers) {
                    reader.get();
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a document failed outside the pipeline's own error handling", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Wall time to read every document of a format with a pool of this many threads. */
    private double wallSeconds(List<BenchDocument> documents, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (BenchDocument document : documents) {
                work.add(pool.submit(() -> {
                    pipeline.extract(Files.readAllBytes(document.file()), document.file().getFileName().toString());
                    return null; // results are dropped as they come, or a large corpus would fill the heap
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a document failed outside the pipeline's own error handling", e);
        } finally {
            pool.shutdownNow();
        }
    }
}

package cn.nianbao.bench;

import java.util.List;

/**
 * How much the benchmark runs besides the one-thread accuracy pass: the tesseract command line on up to
 * {@code tesseractDocuments} documents per page-image format, Tika's plain text, a wall-time pass per
 * thread count, and how many documents per format are read before timing starts (cycling through a
 * format with fewer), so that the JIT has compiled the hot paths.
 */
public record BenchOptions(boolean tesseract, int tesseractDocuments, boolean tika, List<Integer> threads,
                           int warmup) {

    public static BenchOptions full() {
        return new BenchOptions(true, 20, true, List.of(1, 2), 50);
    }

    /** Accuracy only, as the regression gate needs it. */
    public static BenchOptions accuracyOnly() {
        return new BenchOptions(false, 0, false, List.of(), 3);
    }

    public BenchOptions withoutTesseract() {
        return new BenchOptions(false, 0, tika, threads, warmup);
    }

    public BenchOptions withThreads(List<Integer> counts) {
        return new BenchOptions(tesseract, tesseractDocuments, tika, List.copyOf(counts), warmup);
    }
}

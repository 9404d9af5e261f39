package cn.nianbao.bench;

import java.util.List;

/**
 * One benchmark run, as written to bench/results: where and when it ran, on what, and what it measured.
 * {@code heapPeakMb} is the highest heap use sampled during the run, against the JVM's limit
 * {@code heapMaxMb}; {@code heapAfterGc} are the checkpoints that show whether memory stays flat.
 */
public record BenchReport(String date, Machine machine, String command, List<String> corpus, int documents,
                   String tesseractSettings, List<FormatResult> formats, List<RuleTally> rules,
                   double heapPeakMb, double heapMaxMb, List<HeapWatch.Checkpoint> heapAfterGc) {
}

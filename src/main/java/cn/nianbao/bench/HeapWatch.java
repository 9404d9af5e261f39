package cn.nianbao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the heap while the benchmark runs: the highest use seen (sampled every few milliseconds, so a
 * peak shorter than that can slip by) and, at checkpoints, the use right after a full collection — flat
 * checkpoints over thousands of documents are what "constant memory" means.
 */
final class HeapWatch implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 5;
    private static final double MB = 1024.0 * 1024.0;

    /** Heap in use after a full collection, once {@code documents} documents had been read. */
    public record Checkpoint(int documents, double usedMb) {
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private volatile long peakBytes;
    private volatile boolean running = true;

    HeapWatch() {
        sampler = new Thread(this::sample, "bench-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    void checkpoint(int documents) {
        System.gc(); // the use after a full collection is what stays; the use before is mostly garbage
        checkpoints.add(new Checkpoint(documents, memory.getHeapMemoryUsage().getUsed() / MB));
    }

    double peakMb() {
        return Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed()) / MB;
    }

    static double maxMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }

    List<Checkpoint> checkpoints() {
        return List.copyOf(checkpoints);
    }

    private void sample() {
        while (running) {
            peakBytes = Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}

package cn.nianbao.load;

import cn.nianbao.load.Uploads.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a {@link LoadBurst} measured: answers by status, upload latency percentiles, accepted uploads per second
 * over the burst, and how long the service took to process every accepted report.
 */
public record LoadResult(int uploads, Map<Integer, Long> statuses, List<Duration> latencies, Duration burst,
                         Duration processing) {

    public static LoadResult of(List<Answer> answers, Duration burst, Duration processing) {
        Map<Integer, Long> statuses = new TreeMap<>(answers.stream()
                .collect(Collectors.groupingBy(Answer::status, Collectors.counting())));
        List<Duration> latencies = answers.stream().filter(Answer::answered).map(Answer::latency).sorted().toList();
        return new LoadResult(answers.size(), statuses, latencies, burst, processing);
    }

    public long count(int status) {
        return statuses.getOrDefault(status, 0L);
    }

    /** Accepted (202) uploads per second of the burst. */
    public double acceptedPerSecond() {
        return count(202) / seconds(burst);
    }

    /** Accepted reports processed per second, from the burst's start to the last one done. */
    public double processedPerSecond() {
        return count(202) / seconds(burst.plus(processing));
    }

    /** The latency at the given fraction (0.5, 0.95, 1 for the maximum), nearest rank. */
    public Duration latency(double fraction) {
        if (latencies.isEmpty()) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(fraction * latencies.size());
        return latencies.get(Math.max(0, Math.min(latencies.size(), rank) - 1));
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d uploads: %s; %.1f accepted/s; latency p50 %d ms, p95 %d ms, max %d ms;"
                        + " all accepted processed %.1f s after the burst (%.1f reports/s overall)", uploads, statuses,
                acceptedPerSecond(), latency(0.5).toMillis(), latency(0.95).toMillis(), latency(1).toMillis(),
                seconds(processing), processedPerSecond());
    }

    /** The result as Markdown for bench/results/: what ran, where, and the numbers. */
    public String markdown(String title, String command, Map<String, String> settings, String machine) {
        StringBuilder md = new StringBuilder("# " + title + "\n\n");
        md.append("Machine: ").append(machine).append(". Command: `").append(command).append("`.\n\n");
        md.append("Service: one instance of `target/nianbao.jar serve` on the embedded PostgreSQL, loopback; ");
        settings.forEach((key, value) -> md.append('`').append(key).append('=').append(value).append("` "));
        md.append("\n\n| | |\n|---|---|\n");
        md.append("| uploads (distinct small text reports, sent at once) | ").append(uploads).append(" |\n");
        statuses.forEach((status, n) -> md.append("| answered ").append(status == 0 ? "nothing" : status).append(" | ")
                .append(n).append(" |\n"));
        md.append(String.format(Locale.ROOT, "| burst (first sent to last answered) | %.2f s |%n", seconds(burst)));
        md.append(String.format(Locale.ROOT, "| accepted uploads per second | %.1f |%n", acceptedPerSecond()));
        md.append(String.format(Locale.ROOT, "| upload latency p50 / p95 / max | %d / %d / %d ms |%n",
                latency(0.5).toMillis(), latency(0.95).toMillis(), latency(1).toMillis()));
        md.append(String.format(Locale.ROOT, "| every accepted report processed | %.1f s after the burst |%n",
                seconds(processing)));
        md.append(String.format(Locale.ROOT, "| reports processed per second (burst start to last done) | %.1f |%n",
                processedPerSecond()));
        return md.toString();
    }

    private static double seconds(Duration duration) {
        return Math.max(duration.toNanos(), 1) / 1e9;
    }
}

package cn.nianbao.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.crash.ServiceInstance;
import cn.nianbao.crash.ServiceInstances;
import cn.nianbao.load.Uploads.Answer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A burst of concurrent uploads to one instance of the jar on PostgreSQL (loopback). In CI: 200 uploads against a
 * queue limit of 50, so that the gate refuses part of them: only 202 and 503 (each with Retry-After), never a 500
 * or a lost connection, and every accepted report processed. The full run (default queue limit, writes Markdown to
 * bench/results/) only when asked, see README:
 * {@value #COMMAND}{@code bench/results/load-burst.md} (after {@code mvn -DskipTests package}).
 */
class LoadBurstIT {
    static final String COMMAND = "mvn -o failsafe:integration-test failsafe:verify"
            + " -Dit.test='LoadBurstIT#fullBurstWritesItsResult' -Dnianbao.load.results=";
    private static final int UPLOADS = Integer.getInteger("nianbao.load.uploads", 200);
    private static final Duration BURST_BOUND = Duration.ofSeconds(120);
    private static final Duration PROCESSING_BOUND = Duration.ofSeconds(300);

    @Test
    void aBurstAgainstASmallQueueIsAnswered202Or503WithRetryAfterAndEveryAcceptedReportIsProcessed()
            throws Exception {
        Map<String, String> settings = ServiceInstances.defaults();
        settings.put("nianbao.jobs.queue-limit", "50");
        LoadResult result = burst("load-ci", settings, "负载");
        System.out.println("LoadBurstIT (queue limit 50): " + result.summary());

        assertThat(result.statuses().keySet()).as("every upload answered 202 or 503").isSubsetOf(202, 503);
        assertThat(result.count(202)).isPositive();
        assertThat(result.count(503)).as("the queue limit refused part of the burst").isPositive();
    }

    @Test
    @EnabledIfSystemProperty(named = "nianbao.load.results", matches = ".+")
    void fullBurstWritesItsResult() throws Exception {
        Map<String, String> settings = ServiceInstances.defaults();
        LoadResult result = burst("load-full", settings, "全量负载");
        System.out.println("LoadBurstIT (full): " + result.summary());
        Path out = Path.of(System.getProperty("nianbao.load.results"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, result.markdown("Load burst — " + LocalDate.now() + ", commit " + commit(),
                COMMAND + out,
                settings, machine()), StandardCharsets.UTF_8);
        assertThat(result.statuses().keySet()).as("every upload answered 202 or 503").isSubsetOf(202, 503);
    }

    /**
     * Starts one instance, sends the burst, checks every 503 carries Retry-After, and waits until every accepted
     * report is processed.
     */
    private static LoadResult burst(String name, Map<String, String> settings, String organs) throws Exception {
        try (ServiceInstances service = new ServiceInstances(name)) {
            ServiceInstance instance = service.start("a", settings);
            LoadBurst burst = new LoadBurst(new Uploads(instance.baseUrl(), service.token()),
                    instance.client(service.token()));
            Instant start = Instant.now();
            List<Answer> answers = burst.send(UPLOADS, organs, BURST_BOUND);
            Duration sent = Duration.between(start, Instant.now());
            for (Answer answer : answers) {
                if (answer.status() == 503) {
                    assertThat(answer.retryAfter()).as(answer.body()).matches("[1-9][0-9]*");
                }
            }
            Duration processing = burst.awaitProcessed(PROCESSING_BOUND);
            LoadResult result = LoadResult.of(answers, sent, processing);
            assertThat(instance.client(service.token()).getJson("/api/reports?size=1").path("total").asLong())
                    .as("every accepted upload is a report").isEqualTo(result.count(202));
            return result;
        }
    }

    private static String machine() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%d cores, load average %.1f at the end (other builds share the machine),"
                        + " %s %s", Runtime.getRuntime().availableProcessors(), load,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    private static String commit() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=7").start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return git.waitFor() == 0 && !out.isEmpty() ? out : "unknown";
    }
}

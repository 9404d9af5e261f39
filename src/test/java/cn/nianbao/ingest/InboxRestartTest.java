package cn.nianbao.ingest;

import cn.nianbao.NianbaoService;
import cn.nianbao.api.ServiceClient;
import cn.nianbao.api.SmallReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * The service stops in the middle of an inbox batch; a new one on the same data folder (H2 file database and
 * inbox) finishes it: every file ends in processed/, and each content was extracted once.
 */
class InboxRestartTest {
    private static final int FILES = 8;

    @Test
    void aBatchInterruptedByAStopIsFinishedByTheNextStartEachFileOnce() throws Exception {
        Path data = ServiceClient.dataDir("nianbao-inbox-restart");
        Path inbox = data.resolve("inbox");
        Files.createDirectories(inbox);
        for (int n = 0; n < FILES; n++) {
            Files.write(inbox.resolve(n + ".txt"), report(n));
        }

        ConfigurableApplicationContext first = start(data);
        try {
            await(() -> processed(inbox) >= 2);
        } finally {
            first.close();
        }
        long afterStop = processed(inbox);
        assertThat(afterStop).as("stopped in the middle of the batch").isLessThan(FILES);

        try (ConfigurableApplicationContext second = start(data)) {
            await(() -> processed(inbox) == FILES);
            JdbcTemplate db = second.getBean(JdbcTemplate.class);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM report", Long.class)).isEqualTo(FILES);
            for (Map<String, Object> row : db.queryForList("SELECT status, attempts FROM report")) {
                assertThat(row.get("status")).as(row.toString()).isIn("needs_review", "clean");
                assertThat(row.get("attempts")).as(row.toString()).isEqualTo(1);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(NianbaoService.class).run(
                "--server.port=0",
                "--nianbao.data-dir=" + data,
                "--nianbao.inbox=" + data.resolve("inbox"),
                "--nianbao.inbox-watch.poll-interval=200ms",
                "--nianbao.jobs.poll-interval=100ms",
                "--nianbao.jobs.threads=1",
                "--nianbao.jobs.test-delay=300ms");
    }

    private static long processed(Path inbox) {
        Path dir = inbox.resolve(InboxFiles.PROCESSED);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void await(java.util.function.BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("in time").isBefore(deadline);
            ServiceClient.pause(50);
        }
    }

    private static byte[] report(int n) {
        return SmallReport.of("收件" + n + "区人民政府", 2022, n + 1, 0, 0);
    }
}

package cn.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.api.ServiceClient;
import cn.nianbao.pipeline.Hashes;
import cn.nianbao.store.BatchStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The inbox folder: stable files only, lock and partial files ignored, each content once, outcome folders. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nianbao.jobs.poll-interval=100ms",
        "nianbao.inbox-watch.poll-interval=300ms"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InboxWatcherTest {
    private static final Path DATA = ServiceClient.dataDir("nianbao-inbox-test");
    private static final Path INBOX = DATA.resolve("inbox");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("nianbao.data-dir", DATA::toString);
        registry.add("nianbao.inbox", INBOX::toString);
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ApplicationContext service;
    private ServiceClient client;

    @BeforeEach
    void client() {
        client = ServiceClient.of(http, service);
    }

    @Test
    void aSlowlyWrittenFileIsTakenOnceWhenCompleteAndMovedToProcessed() throws Exception {
        byte[] content = Files.readAllBytes(Path.of("fixtures/seeds/001.txt"));
        Path file = INBOX.resolve("office-a/001.txt");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            int chunk = content.length / 20 + 1;
            for (int at = 0; at < content.length; at += chunk) {
                out.write(content, at, Math.min(chunk, content.length - at));
                out.flush();
                ServiceClient.pause(60);
            }
        }

        Path processed = INBOX.resolve("processed/office-a/001.txt");
        awaitFile(processed);
        assertThat(file).doesNotExist();
        assertThat(Files.readAllBytes(processed)).isEqualTo(content);
        JsonNode report = reportWithSha(Hashes.sha256(content));
        assertThat(report.path("receivedBy").asText()).isEqualTo("inbox");
        UUID id = UUID.fromString(report.path("id").asText());
        BatchStore batches = service.getBean(BatchStore.class);
        assertThat(batches.recent(100)).as("the poll that took the file recorded it as an inbox batch")
                .anyMatch(b -> b.source().equals("inbox") && batches.reports(b.id()).contains(id));
        assertThat(report.path("status").asText()).isEqualTo("needs_review");
        for (JsonNode item : all()) {
            assertThat(item.path("receivedBy").asText().equals("inbox") && item.path("file").asText().equals("001.txt"))
                    .as("only the complete file became a report: " + item)
                    .isEqualTo(item.path("sha256").asText().equals(Hashes.sha256(content)));
        }
    }

    @Test
    void lockAndPartialFilesAreLeftAlone() throws Exception {
        byte[] content = Files.readAllBytes(Path.of("fixtures/cases/hybrid.txt"));
        List<Path> ignored = List.of(INBOX.resolve("~$x.docx"), INBOX.resolve("download.txt.part"),
                INBOX.resolve("copy.tmp"));
        for (Path file : ignored) {
            Files.write(file, content);
        }
        Path marker = INBOX.resolve("marker.txt");
        Files.write(marker, Files.readAllBytes(Path.of("fixtures/cases/typos.txt")));

        awaitFile(INBOX.resolve("processed/marker.txt"));
        for (Path file : ignored) {
            assertThat(file).exists();
        }
        for (JsonNode item : all()) {
            assertThat(item.path("sha256").asText()).isNotEqualTo(Hashes.sha256(content));
        }
    }

    @Test
    void theSameContentInTwoFilesIsOneReportAndBothFilesMove() throws Exception {
        byte[] content = Files.readAllBytes(Path.of("fixtures/cases/2021-full.txt"));
        Files.createDirectories(INBOX.resolve("a"));
        Files.createDirectories(INBOX.resolve("b"));
        Files.write(INBOX.resolve("a/one.txt"), content);
        Files.write(INBOX.resolve("b/two.txt"), content);

        awaitFile(INBOX.resolve("processed/a/one.txt"));
        awaitFile(INBOX.resolve("processed/b/two.txt"));
        long copies = all().stream().filter(item -> item.path("sha256").asText().equals(Hashes.sha256(content))).count();
        assertThat(copies).isEqualTo(1);
        assertThat(reportWithSha(Hashes.sha256(content)).path("status").asText()).isEqualTo("clean");
    }

    @Test
    void aFileThatIsNoReportGoesToFailed() throws Exception {
        Files.write(INBOX.resolve("notes.txt"), "明天开会，记得带伞。".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        awaitFile(INBOX.resolve("failed/notes.txt"));
    }

    @Test
    void aLinkToAFileOutsideTheInboxIsNotFollowed() throws Exception {
        Path outside = Files.createTempFile("outside-inbox", ".txt");
        byte[] secret = Files.readAllBytes(Path.of("fixtures/cases/2021-full.txt"));
        Files.write(outside, secret);
        Files.createSymbolicLink(INBOX.resolve("link.txt"), outside);
        Files.write(INBOX.resolve("after-link.txt"), Files.readAllBytes(Path.of("fixtures/seeds/003.txt")));

        awaitFile(INBOX.resolve("processed/after-link.txt"));
        ServiceClient.pause(500);
        assertThat(all()).noneMatch(item -> item.path("sha256").asText().equals(Hashes.sha256(secret)));
        assertThat(INBOX.resolve("link.txt")).isSymbolicLink();
        Files.delete(outside);
    }

    private JsonNode reportWithSha(String sha256) {
        return all().stream().filter(item -> item.path("sha256").asText().equals(sha256)).findFirst().orElseThrow();
    }

    private List<JsonNode> all() {
        List<JsonNode> items = new ArrayList<>();
        client.getJson("/api/reports?size=200").path("items").forEach(items::add);
        return items;
    }

    private static void awaitFile(Path file) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(deadline)) {
                try (var listing = Files.walk(INBOX)) {
                    throw new AssertionError(file + " did not appear; inbox holds " + listing.toList());
                }
            }
            ServiceClient.pause(50);
        }
    }
}

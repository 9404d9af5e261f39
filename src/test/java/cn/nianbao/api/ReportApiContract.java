package cn.nianbao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.account.TestAccounts;
import cn.nianbao.review.AuditEntry;
import cn.nianbao.store.AuditStore;

import cn.nianbao.api.ServiceClient.Part;
import cn.nianbao.pipeline.Hashes;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The HTTP API through real HTTP on a random loopback port. The tests are here; each subclass runs them against
 * one database (its {@code @DynamicPropertySource} sets {@code nianbao.data-dir}, and the datasource if not H2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nianbao.jobs.poll-interval=100ms",
        "nianbao.inbox-watch.enabled=false",
        "spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=10MB"})
@AutoConfigureObservability(tracing = false)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ReportApiContract {
    private static final Path SEED_001 = Path.of("fixtures/seeds/001.txt");
    private static final Path FULL_2021 = Path.of("fixtures/cases/2021-full.txt");
    private static final Path COUNT_CONFLICT = Path.of("fixtures/cases/count-conflict.txt");

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
    void anUploadedSeedComesBackForReviewWithTheNarrativeConflict() throws Exception {
        ResponseEntity<String> response = client.upload(Part.of("file", SEED_001));

        assertThat(response.getStatusCode().value()).isEqualTo(202);
        JsonNode accepted = ServiceClient.json(response.getBody()).path("reports");
        assertThat(accepted).hasSize(1);
        String id = accepted.get(0).path("id").asText();
        JsonNode report = client.awaitOutcome(id);
        assertThat(report.path("id").asText()).isEqualTo(id);
        assertThat(report.path("status").asText()).isEqualTo("needs_review");
        assertThat(report.path("source").path("sha256").asText()).isEqualTo(Hashes.sha256(Files.readAllBytes(SEED_001)));
        assertThat(report.path("report").path("organ").asText()).isEqualTo("铜川市耀州区锦阳路街道办事处");
        assertThat(report.path("cells").size()).isGreaterThan(100);
        assertThat(rules(report)).contains("narrative_conflict");
    }

    @Test
    void manyFilesInOneUploadGetAnIdEach() throws Exception {
        ResponseEntity<String> response = client.upload(Part.of("files", FULL_2021), Part.of("files", COUNT_CONFLICT));

        assertThat(response.getStatusCode().value()).isEqualTo(202);
        JsonNode accepted = ServiceClient.json(response.getBody()).path("reports");
        assertThat(accepted).hasSize(2);
        assertThat(accepted.get(0).path("sha256").asText()).isEqualTo(Hashes.sha256(Files.readAllBytes(FULL_2021)));
        assertThat(accepted.get(1).path("sha256").asText())
                .isEqualTo(Hashes.sha256(Files.readAllBytes(COUNT_CONFLICT)));
        JsonNode full = client.awaitOutcome(accepted.get(0).path("id").asText());
        assertThat(full.path("status").asText()).isEqualTo("clean");
        assertThat(full.path("findings").size()).isZero();
        JsonNode conflict = client.awaitOutcome(accepted.get(1).path("id").asText());
        assertThat(conflict.path("status").asText()).isEqualTo("needs_review");
    }

    @Test
    void theSameBytesTwiceAreOneReport() throws Exception {
        byte[] content = Files.readAllBytes(FULL_2021);
        String first = id(client.upload(new Part("file", "a.txt", content)));
        ResponseEntity<String> again = client.upload(new Part("file", "copy of a.txt", content));

        assertThat(again.getStatusCode().value()).isEqualTo(202);
        JsonNode entry = ServiceClient.json(again.getBody()).path("reports").get(0);
        assertThat(entry.path("id").asText()).isEqualTo(first);
        assertThat(entry.path("duplicate").asBoolean()).isTrue();
        JsonNode sameSha = client.getJson("/api/reports?size=200");
        long copies = 0;
        for (JsonNode item : sameSha.path("items")) {
            copies += item.path("sha256").asText().equals(Hashes.sha256(content)) ? 1 : 0;
        }
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void theListFiltersByStatusRuleOrganYearAndSearchAndPages() {
        String seed = id(client.upload(Part.of("file", SEED_001)));
        String full = id(client.upload(Part.of("file", FULL_2021)));
        client.awaitOutcome(seed);
        JsonNode fullReport = client.awaitOutcome(full);

        assertThat(ids(client.getJson("/api/reports?status=clean"))).contains(full).doesNotContain(seed);
        assertThat(ids(client.getJson("/api/reports?status=needs_review"))).contains(seed).doesNotContain(full);
        assertThat(ids(client.getJson("/api/reports?rule=narrative_conflict"))).contains(seed).doesNotContain(full);
        assertThat(ids(client.getJson("/api/reports?organ=铜川市耀州区锦阳路街道办事处&year=2020")))
                .containsExactly(seed);
        // A search matches part of the organ or of the file name, any case; % and _ are plain characters.
        assertThat(ids(client.getJson("/api/reports?q=锦阳路"))).contains(seed).doesNotContain(full);
        String fileName = fullReport.path("source").path("file").asText();
        assertThat(ids(client.getJson("/api/reports?q=" + fileName.toUpperCase(Locale.ROOT))))
                .contains(full).doesNotContain(seed);
        assertThat(ids(client.getJson("/api/reports?q=%25"))).isEmpty();
        int year = fullReport.path("report").path("year").asInt();
        assertThat(ids(client.getJson("/api/reports?year=" + year))).contains(full).doesNotContain(seed);
        JsonNode page = client.getJson("/api/reports?size=1&page=1");
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(client.get("/api/reports?status=nonsense").getStatusCode().value()).isEqualTo(400);
        assertThat(client.get("/api/reports?size=0").getStatusCode().value()).isEqualTo(400);
        assertThat(client.get("/api/reports?year=abc").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theOriginalComesBackByteForByte() throws Exception {
        byte[] content = Files.readAllBytes(Path.of("fixtures/seeds/002.txt"));
        String id = id(client.upload(new Part("file", "002.txt", content)));

        ResponseEntity<byte[]> file = client.getBytes("/api/reports/" + id + "/file");
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getBody()).isEqualTo(content);
        assertThat(file.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("002.txt");
    }

    @Test
    void badRequestsGetClearJsonErrors() {
        ResponseEntity<String> broken = client.post("/api/reports", "this is not multipart at all",
                MediaType.parseMediaType("multipart/form-data; boundary=xyz"));
        assertError(broken, 400, "bad_multipart");

        assertError(client.upload(new Part("document", "x.txt", "x".getBytes())), 400, "bad_multipart");
        assertError(client.upload(new Part("file", "empty.txt", new byte[0])), 400, "bad_request");
        assertError(client.upload(new Part("file", "big.txt", new byte[1_500_000])), 413, "too_large");
        assertError(client.get("/api/reports/00000000-0000-0000-0000-000000000000"), 404, "not_found");
        assertError(client.get("/api/reports/00000000-0000-0000-0000-000000000000/file"), 404, "not_found");
        assertError(client.get("/api/reports/not-an-id"), 400, "bad_parameter");
    }

    @Test
    void aCorrectionOverTheApiIsAppliedAuditedAndRefusedWhenStale() {
        String id = id(client.upload(new Part("file", "api-correction.txt", SmallReport.of("接口修改区人民政府", 2022, 3, 0, 0))));
        JsonNode before = client.awaitOutcome(id);
        int seen = before.path("revision").asInt();
        String key = "requests.new_received.natural_person";
        assertThat(ServiceClient.cell(before, key).path("value").asInt()).isEqualTo(3);

        ResponseEntity<String> corrected = client.correct(id, key, "4", "对照原件", seen);

        assertThat(corrected.getStatusCode().value()).as(corrected.getBody()).isEqualTo(200);
        JsonNode answer = ServiceClient.json(corrected.getBody());
        JsonNode after = client.getJson("/api/reports/" + id);
        assertThat(answer.path("revision").asInt()).isGreaterThan(seen).isEqualTo(after.path("revision").asInt());
        assertThat(answer.path("status").asText()).isEqualTo("needs_review");
        assertThat(answer.path("raised").size()).isPositive();
        assertThat(ServiceClient.cell(after, key).path("value").asInt()).isEqualTo(4);
        assertThat(ServiceClient.cell(after, key).path("state").asText()).isEqualTo("corrected");
        assertThat(service.getBean(AuditStore.class).forReport(java.util.UUID.fromString(id)))
                .filteredOn(e -> e.action().equals(AuditEntry.CELL))
                .extracting(AuditEntry::actor, AuditEntry::cellKey, AuditEntry::oldValue, AuditEntry::newValue,
                        AuditEntry::reason)
                .containsExactly(tuple(TestAccounts.REVIEWER, key, "3", "4", "对照原件"));

        assertError(client.correct(id, key, "5", "再改", seen), 409, "conflict");
        assertError(client.correct(id, key, "5", " ", after.path("revision").asInt()), 400, "refused");
        assertError(client.correct(id, "no.such.cell", "5", "再改", after.path("revision").asInt()), 400, "refused");
        assertError(client.post("/api/reports/" + id + "/cells/" + key, "{not json", MediaType.APPLICATION_JSON),
                400, "bad_json");
        assertThat(ServiceClient.cell(client.getJson("/api/reports/" + id), key).path("value").asInt()).isEqualTo(4);
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        client.awaitOutcome(id(client.upload(Part.of("file", FULL_2021))));

        assertThat(client.getJson("/actuator/health").path("status").asText()).isEqualTo("UP");
        String metrics = client.get("/actuator/prometheus").getBody();
        assertThat(metrics).contains("nianbao_queue_length").contains("nianbao_reports{status=\"clean\"}")
                .contains("nianbao_seconds_per_page_count{method=\"text\"}");
        assertThat(client.getJson("/v3/api-docs").path("paths").has("/api/reports/{id}/file")).isTrue();
    }

    private static void assertError(ResponseEntity<String> response, int status, String code) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        JsonNode error = ServiceClient.json(response.getBody());
        assertThat(error.path("error").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String id(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(202);
        return ServiceClient.json(response.getBody()).path("reports").get(0).path("id").asText();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> rules(JsonNode report) {
        List<String> rules = new ArrayList<>();
        report.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
        return rules;
    }
}

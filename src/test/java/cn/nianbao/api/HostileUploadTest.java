package cn.nianbao.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.api.ServiceClient.Part;
import cn.nianbao.fixtures.LargeHostileFiles;
import cn.nianbao.ingest.FileNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hostile files of fixtures/hostile sent to the running service over HTTP: each is refused at once with a
 * clear 4xx, or accepted and ends as its NAME.expect.json says (failed with that error, or read); never a 500;
 * and afterwards the service still reads a real report. Hostile file names stay plain labels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nianbao.jobs.poll-interval=100ms",
        "nianbao.inbox-watch.enabled=false",
        // Below the 50 MB text, so that it meets the upload limit (413) rather than the text limit.
        "spring.servlet.multipart.max-file-size=20MB",
        "spring.servlet.multipart.max-request-size=20MB"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileUploadTest {
    private static final Path DATA = ServiceClient.dataDir("nianbao-hostile-test");
    private static final Path HOSTILE = Path.of("fixtures/hostile");
    private static final String EXPECT = ".expect.json";
    /** Refused before they are stored, so they have no outcome to wait for. */
    private static final Map<String, Integer> REFUSED = Map.of("empty.pdf", 400, "50mb.txt", 413);

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("nianbao.data-dir", DATA::toString);
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
    void everyHostileFileIsRefusedClearlyOrEndsAsExpectedAndTheServiceStaysUp() throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Path expectation : expectations()) {
            String name = expectation.getFileName().toString().replace(EXPECT, "");
            ResponseEntity<String> response = client.upload(new Part("file", name, content(name)));
            int status = response.getStatusCode().value();
            JsonNode body = ServiceClient.json(response.getBody());
            if (REFUSED.containsKey(name)) {
                assertThat(status).as(name + " → " + response.getBody()).isEqualTo(REFUSED.get(name));
                assertThat(body.path("message").asText()).as(name).isNotBlank();
                continue;
            }
            assertThat(status).as(name + " → " + response.getBody()).isEqualTo(202);
            ids.put(name, body.path("reports").get(0).path("id").asText());
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(20);

        for (Map.Entry<String, String> upload : ids.entrySet()) {
            String name = upload.getKey();
            JsonNode expectation = new ObjectMapper().readTree(HOSTILE.resolve(name + EXPECT).toFile());
            JsonNode report = client.awaitOutcome(upload.getValue());
            if (expectation.has("error")) {
                assertThat(report.path("status").asText()).as(name).isEqualTo("failed");
                assertThat(report.path("error").asText()).as(name).contains(expectation.get("error").asText());
            } else {
                assertThat(report.path("error").isMissingNode()).as(name + ": " + report.path("error")).isTrue();
                assertThat(report.path("status").asText()).as(name).isIn("needs_review", "clean");
            }
        }

        assertThat(client.getJson("/actuator/health").path("status").asText()).isEqualTo("UP");
        ResponseEntity<String> normal = client.upload(Part.of("file", Path.of("fixtures/seeds/001.txt")));
        assertThat(normal.getStatusCode().value()).isEqualTo(202);
        JsonNode seed = client.awaitOutcome(ServiceClient.json(normal.getBody()).path("reports").get(0).path("id").asText());
        assertThat(seed.path("status").asText()).isEqualTo("needs_review");
        assertThat(seed.path("report").path("organ").asText()).isEqualTo("铜川市耀州区锦阳路街道办事处");
    }

    @Test
    void hostileFileNamesAreStoredAsPlainNamesAndWrittenNowhere() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("../../escaped-by-dots.txt", "escaped-by-dots.txt");
        names.put("..\\..\\escaped-by-backslashes.txt", "escaped-by-backslashes.txt");
        names.put("/tmp/escaped-absolute.txt", "escaped-absolute.txt");
        names.put("📊年报😀.txt", "📊年报😀.txt");
        names.put("<img src=x onerror=alert(1)>.txt", "<img src=x onerror=alert(1)>.txt");
        String longName = "很长的文件名".repeat(150) + ".txt";
        names.put(longName, FileNames.base(longName));
        int organ = 0;
        for (Map.Entry<String, String> name : names.entrySet()) {
            byte[] content = SmallReport.of("测试街道" + organ++, 2021, 3, 0, 0);
            ResponseEntity<String> response = client.upload(new Part("file", name.getKey(), content));
            assertThat(response.getStatusCode().value()).as(name.getKey() + " → " + response.getBody()).isEqualTo(202);
            String id = ServiceClient.json(response.getBody()).path("reports").get(0).path("id").asText();

            JsonNode report = client.awaitOutcome(id);
            assertThat(report.path("source").path("file").asText()).isEqualTo(name.getValue());
            assertThat(report.path("status").asText()).isIn("needs_review", "clean");
            ResponseEntity<byte[]> original = client.getBytes("/api/reports/" + id + "/file");
            assertThat(original.getBody()).isEqualTo(content);
            ContentDisposition disposition = ContentDisposition.parse(
                    original.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
            assertThat(disposition.getFilename()).isEqualTo(name.getValue());
        }
        assertThat(names.get(longName).codePointCount(0, names.get(longName).length())).isEqualTo(FileNames.MAX_LENGTH);
        // The bytes live in the database; no name may have become a file, inside the data folder or around it.
        for (Path folder : List.of(DATA, DATA.getParent(), Path.of("/tmp"))) {
            try (Stream<Path> files = Files.walk(folder, folder.equals(DATA) ? Integer.MAX_VALUE : 1)) {
                assertThat(files.map(p -> p.getFileName() == null ? "" : p.getFileName().toString()))
                        .as(folder.toString()).noneMatch(f -> f.startsWith("escaped-") || f.contains("年报😀"));
            }
        }
    }

    /** Tomcat refuses a NUL in a part's file name before the application sees it; the answer says why. */
    @Test
    void aNulInTheFileNameIsRefusedWith400() {
        ResponseEntity<String> response = client.upload(new Part("file", "nul\0byte.txt",
                SmallReport.of("空字符街道", 2021, 1, 0, 0)));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode error = ServiceClient.json(response.getBody());
        assertThat(error.path("error").asText()).isEqualTo("bad_file_name");
        assertThat(error.path("message").asText()).contains("NUL");
    }

    @Test
    void aFileNameLongerThanTheHeaderLimitIsRefusedWith400() {
        ResponseEntity<String> response = client.upload(new Part("file", "名".repeat(5000) + ".txt",
                SmallReport.of("长名街道", 2021, 1, 0, 0)));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode error = ServiceClient.json(response.getBody());
        assertThat(error.path("error").asText()).isEqualTo("bad_file_name");
        assertThat(error.path("message").asText()).contains("文件名过长");
    }

    private static List<Path> expectations() throws IOException {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            return files.filter(p -> p.toString().endsWith(EXPECT)).sorted().toList();
        }
    }

    private static byte[] content(String name) throws IOException {
        Path committed = HOSTILE.resolve(name);
        return Files.exists(committed) ? Files.readAllBytes(committed) : LargeHostileFiles.all().get(name).get();
    }
}

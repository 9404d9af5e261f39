package cn.nianbao.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.account.TestAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Talks to the service under test over real HTTP, as curl would, with an API token ({@link TestAccounts}). */
public final class ServiceClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> UNFINISHED = Set.of("queued", "processing");

    private final TestRestTemplate http;
    private final String token;

    public ServiceClient(TestRestTemplate http, String token) {
        this.http = http;
        this.token = token;
    }

    /** As the test reviewer of the service started in this JVM. */
    public static ServiceClient of(TestRestTemplate http, ApplicationContext service) {
        return new ServiceClient(http, TestAccounts.of(service).reviewerToken());
    }

    /** A part for {@link #upload}: its name (file or files), file name and bytes. */
    public record Part(String name, String fileName, byte[] content) {
        public static Part of(String name, Path file) {
            try {
                return new Part(name, file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public ResponseEntity<String> upload(Part... parts) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        for (Part part : parts) {
            body.add(part.name(), new ByteArrayResource(part.content()) {
                @Override
                public String getFilename() {
                    return part.fileName();
                }
            });
        }
        return post("/api/reports", body, MediaType.MULTIPART_FORM_DATA);
    }

    /** A reviewer's correction of one cell ({@code POST /api/reports/{id}/cells/{key}}) at the revision seen. */
    public ResponseEntity<String> correct(String id, String key, String value, String reason, int revision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("value", value);
        body.put("reason", reason);
        body.put("revision", revision);
        return post("/api/reports/" + id + "/cells/" + key, body, MediaType.APPLICATION_JSON);
    }

    /** One cell of a report's JSON, or a missing node. */
    public static JsonNode cell(JsonNode report, String key) {
        for (JsonNode cell : report.path("cells")) {
            if (cell.path("key").asText().equals(key)) {
                return cell;
            }
        }
        return MissingNode.getInstance();
    }

    public ResponseEntity<String> post(String path, Object body, MediaType type) {
        HttpHeaders headers = headers();
        headers.setContentType(type);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    public ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
    }

    public ResponseEntity<byte[]> getBytes(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), byte[].class);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    public JsonNode getJson(String path) {
        ResponseEntity<String> response = get(path);
        assertThat(response.getStatusCode().value()).as(path + " → " + response.getBody()).isEqualTo(200);
        return json(response.getBody());
    }

    /** Polls the report until it is out of the queue. */
    public JsonNode awaitOutcome(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode report = getJson("/api/reports/" + id);
            if (!UNFINISHED.contains(report.path("status").asText())) {
                return report;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("report " + id + " still " + report.path("status").asText());
            }
            pause(50);
        }
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A fresh folder for a test context's data, removed when the JVM ends (after the context closed). */
    public static Path dataDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the system's temp cleaning
        }
    }
}

package cn.nianbao.jobs;

import cn.nianbao.account.TestAccounts;
import cn.nianbao.api.ServiceClient.Part;
import cn.nianbao.api.ServiceClient;
import cn.nianbao.api.SmallReport;
import cn.nianbao.store.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * A worker killed with kill -9 in the middle of a job (run by Failsafe after package): two instances of
 * target/nianbao.jar as child processes on random loopback ports, one embedded PostgreSQL. Every job waits
 * {@code nianbao.jobs.test-delay} before extracting, so it can be caught processing; the instance holding it is
 * killed ({@link Process#destroyForcibly()}), and the other one must notice the missed heartbeats, run the job
 * again and finish every upload.
 */
class WorkerCrashIT {
    private static final Path JAR = Path.of("target/nianbao.jar");
    private static final Pattern LISTENING = Pattern.compile("listening: http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String ADMIN_PASSWORD = "crash-test-admin";
    private static final int REPORTS = 4;
    private static final Map<String, Instance> INSTANCES = new LinkedHashMap<>();
    private static String url;
    private static String token;

    /** A child process running the service, its port and its output file. */
    private record Instance(String name, Process process, Path log, int port) {
        ServiceClient client() {
            return new ServiceClient(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port)),
                    token);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        assertThat(JAR).as("built by the package phase").exists();
        url = EmbeddedPostgresServer.newDatabase("crash");
        Path logs = Files.createDirectories(Path.of("target/worker-crash-it"));
        Map<String, Process> started = new LinkedHashMap<>();
        try {
            for (String name : List.of("a", "b")) {
                Path log = logs.resolve(name + ".log");
                started.put(name, launch(name, log));
            }
            for (Map.Entry<String, Process> each : started.entrySet()) {
                Path log = logs.resolve(each.getKey() + ".log");
                INSTANCES.put(each.getKey(), new Instance(each.getKey(), each.getValue(), log,
                        awaitPort(each.getValue(), log)));
            }
        } finally {
            if (INSTANCES.size() < started.size()) {
                started.values().forEach(Process::destroyForcibly);
            }
        }
        // The instances created the schema and the first admin; the test's account goes straight into the database.
        token = TestAccounts.of(new DriverManagerDataSource(url, EmbeddedPostgresServer.user(), "")).reviewerToken();
    }

    @AfterAll
    static void stop() {
        for (Instance instance : INSTANCES.values()) {
            instance.process().destroyForcibly();
        }
    }

    private static Process launch(String name, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString(), "serve",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--nianbao.data-dir=" + ServiceClient.dataDir("nianbao-crash-" + name),
                "--nianbao.inbox-watch.enabled=false",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + EmbeddedPostgresServer.user(),
                "--spring.datasource.password=",
                "--nianbao.jobs.instance-name=" + name,
                "--nianbao.jobs.threads=2",
                "--nianbao.jobs.poll-interval=200ms",
                "--nianbao.jobs.heartbeat-interval=1s",
                "--nianbao.jobs.missed-heartbeats-limit=4",
                "--nianbao.jobs.test-delay=4s");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.environment().put("NIANBAO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int awaitPort(Process process, Path log) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (Instant.now().isBefore(deadline)) {
            Matcher found = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (found.find()) {
                return Integer.parseInt(found.group(1));
            }
            assertThat(process.isAlive()).as("service started; its output: " + Files.readString(log)).isTrue();
            ServiceClient.pause(100);
        }
        throw new AssertionError("service did not start in time; its output: " + Files.readString(log));
    }

    @Test
    void aJobWhoseWorkerWasKilledCompletesOnTheOtherInstanceAndNoUploadIsLost() throws Exception {
        ServiceClient viaA = INSTANCES.get("a").client();
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < REPORTS; n++) {
            String body = viaA.upload(report(n)).getBody();
            ids.add(ServiceClient.json(body).path("reports").get(0).path("id").asText());
        }

        String victimName = awaitPicked(ids.get(0));
        Instance victim = INSTANCES.get(victimName);
        Instance survivor = INSTANCES.values().stream().filter(i -> !i.name().equals(victimName)).findFirst()
                .orElseThrow();
        assertThat(viaA.getJson("/api/reports/" + ids.get(0)).path("status").asText()).isEqualTo("processing");
        victim.process().destroyForcibly().waitFor();

        ServiceClient client = survivor.client();
        for (String id : ids) {
            JsonNode report = client.awaitOutcome(id);
            assertThat(report.path("status").asText()).as(id).isIn("needs_review", "clean");
        }
        assertThat(client.getJson("/api/reports?size=50").path("total").asLong()).isEqualTo(REPORTS);
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresServer.user(), "");
             Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("SELECT attempts FROM report WHERE id = '" + ids.get(0) + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("taken by %s, killed, then run again", victimName).isEqualTo(2);
            }
            try (ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM scheduled_tasks")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    @Test
    void exactlyOneOfTwoInstancesStartingOnAnEmptyDatabaseCreatesTheFirstAdminAndSaysHowToLogIn() throws Exception {
        List<String> told = new ArrayList<>();
        for (Instance instance : INSTANCES.values()) {
            String output = Files.readString(instance.log(), StandardCharsets.UTF_8);
            if (output.contains("首次登录 / first login")) {
                told.add(instance.name());
                assertThat(output).contains("first login: http://127.0.0.1:" + instance.port() + "/")
                        .contains("NIANBAO_ADMIN_PASSWORD").doesNotContain(ADMIN_PASSWORD);
            }
        }
        assertThat(told).hasSize(1);
    }

    /** Waits until the report is processing; returns the instance holding its job (db-scheduler's picked_by). */
    private static String awaitPicked(String id) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgresServer.user(), "")) {
            while (Instant.now().isBefore(deadline)) {
                Optional<String> pickedBy = pickedBy(db, id);
                if (pickedBy.isPresent()) {
                    return pickedBy.get();
                }
                ServiceClient.pause(50);
            }
        }
        throw new AssertionError("report " + id + " was never picked");
    }

    private static Optional<String> pickedBy(Connection db, String id) throws SQLException {
        try (var query = db.prepareStatement("SELECT t.picked_by FROM scheduled_tasks t JOIN report r"
                + " ON t.task_instance = CAST(r.id AS VARCHAR) WHERE r.id = CAST(? AS UUID) AND t.picked"
                + " AND r.status = 'processing'")) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static Part report(int n) {
        return new Part("file", "crash-" + n + ".txt", SmallReport.of("崩溃" + n + "区人民政府", 2022, n + 1, 0, 0));
    }
}

package cn.nianbao.crash;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.account.TestAccounts;
import cn.nianbao.api.ServiceClient;
import cn.nianbao.store.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Instances of {@code target/nianbao.jar serve} as child processes (run by Failsafe after package) on random
 * loopback ports, all on one database of the embedded PostgreSQL, each with a data folder of its own that a
 * restart keeps. Output goes to {@code target/<name>-it/<instance>.<start>.log}.
 */
public final class ServiceInstances implements AutoCloseable {
    private static final Path JAR = Path.of("target/nianbao.jar");
    private static final Pattern LISTENING = Pattern.compile("listening: http://127\\.0\\.0\\.1:(\\d+)/");
    public static final String ADMIN_PASSWORD = "crash-test-admin";

    private final String url;
    private final Path logs;
    private final Map<String, Path> dataDirs = new LinkedHashMap<>();
    private final List<ServiceInstance> started = new ArrayList<>();
    private String token;

    /** A new database and log folder named after the test, e.g. {@code upload-crash}. */
    public ServiceInstances(String name) {
        assertThat(JAR).as("built by the package phase").exists();
        url = EmbeddedPostgresServer.newDatabase(name.replace('-', '_'));
        try {
            logs = Files.createDirectories(Path.of("target", name + "-it"));
            try (var old = Files.newDirectoryStream(logs, "*.log")) {
                for (Path log : old) {
                    Files.delete(log);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings every instance gets: fast polling and heartbeats so that a dead instance is noticed in ~4 s. */
    public static Map<String, String> defaults() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("nianbao.inbox-watch.enabled", "false");
        settings.put("nianbao.jobs.threads", "2");
        settings.put("nianbao.jobs.poll-interval", "200ms");
        settings.put("nianbao.jobs.heartbeat-interval", "1s");
        settings.put("nianbao.jobs.missed-heartbeats-limit", "4");
        return settings;
    }

    /** Starts the instances at once (the second need not wait for the first) with the same settings. */
    public List<ServiceInstance> start(List<String> names, Map<String, String> settings) {
        Map<String, Map<String, String>> each = new LinkedHashMap<>();
        names.forEach(name -> each.put(name, settings));
        return start(each);
    }

    /** Starts the instances at once, each with its settings. */
    public List<ServiceInstance> start(Map<String, Map<String, String>> settingsByName) {
        List<ServiceInstance> launched = new ArrayList<>();
        List<ServiceInstance> ready = new ArrayList<>();
        try {
            for (Map.Entry<String, Map<String, String>> each : settingsByName.entrySet()) {
                launched.add(launch(each.getKey(), each.getValue()));
            }
            for (ServiceInstance each : launched) {
                ready.add(awaitPort(each));
            }
        } finally {
            if (ready.size() < launched.size()) {
                launched.forEach(each -> each.process().destroyForcibly());
            }
        }
        started.addAll(ready);
        return ready;
    }

    public ServiceInstance start(String name, Map<String, String> settings) {
        return start(List.of(name), settings).get(0);
    }

    /** Starts a (killed) instance again under its name and settings, on its data folder and the same database. */
    public ServiceInstance restart(ServiceInstance instance) {
        return restart(instance, instance.settings());
    }

    public ServiceInstance restart(ServiceInstance instance, Map<String, String> settings) {
        assertThat(instance.process().isAlive()).as(instance.name() + " is stopped before its restart").isFalse();
        return start(instance.name(), settings);
    }

    /** An API token of the test reviewer (the account goes straight into the database, after the first start). */
    public synchronized String token() {
        if (token == null) {
            token = TestAccounts.of(new DriverManagerDataSource(url, EmbeddedPostgresServer.user(), "")).reviewerToken();
        }
        return token;
    }

    public Connection db() throws SQLException {
        return DriverManager.getConnection(url, EmbeddedPostgresServer.user(), "");
    }

    /** Waits until the instance's output matches, e.g. a test-delay's "FOR TESTS ONLY: holding" line. */
    public static void awaitOutput(ServiceInstance instance, Pattern pattern, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!pattern.matcher(instance.output()).find()) {
            assertThat(Instant.now()).as(instance.name() + " printed " + pattern).isBefore(deadline);
            assertThat(instance.process().isAlive()).as(instance.name() + " is running").isTrue();
            ServiceClient.pause(20);
        }
    }

    /** Waits until the report is processing; returns the instance holding its job (db-scheduler's picked_by). */
    public String awaitPicked(String id) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection db = db()) {
            while (Instant.now().isBefore(deadline)) {
                Optional<String> pickedBy = pickedBy(db, id);
                if (pickedBy.isPresent()) {
                    return pickedBy.get();
                }
                ServiceClient.pause(20);
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

    @Override
    public void close() {
        started.forEach(instance -> instance.process().destroyForcibly());
    }

    /** The started process, its port still 0 until {@link #awaitPort} read it from the output. */
    private ServiceInstance launch(String name, Map<String, String> settings) {
        Path dataDir = dataDirs.computeIfAbsent(name, n -> ServiceClient.dataDir("nianbao-" + n + "-"));
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("server.port", "0");
        all.put("server.address", "127.0.0.1");
        all.put("nianbao.data-dir", dataDir.toString());
        all.put("spring.datasource.url", url);
        all.put("spring.datasource.username", EmbeddedPostgresServer.user());
        all.put("spring.datasource.password", "");
        all.put("nianbao.jobs.instance-name", name);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), "serve"));
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.environment().put("NIANBAO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Path log = logFile(name);
        try {
            Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ServiceInstance(name, process, Map.copyOf(settings), dataDir, log, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private Path logFile(String name) {
        int n = 1;
        while (Files.exists(logs.resolve(name + "." + n + ".log"))) {
            n++;
        }
        return logs.resolve(name + "." + n + ".log");
    }

    private static ServiceInstance awaitPort(ServiceInstance launched) {
        // Generous: a start takes ~10 s alone, several times that on a machine busy with other builds.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            Matcher found = LISTENING.matcher(launched.output());
            if (found.find()) {
                return new ServiceInstance(launched.name(), launched.process(), launched.settings(),
                        launched.dataDir(), launched.log(), Integer.parseInt(found.group(1)));
            }
            assertThat(launched.process().isAlive()).as("service started; its output: " + launched.output()).isTrue();
            ServiceClient.pause(100);
        }
        throw new AssertionError("service did not start in time; its output: " + launched.output());
    }
}

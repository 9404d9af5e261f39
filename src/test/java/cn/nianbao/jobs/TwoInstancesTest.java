package cn.nianbao.jobs;

import cn.nianbao.NianbaoService;
import cn.nianbao.api.ServiceClient.Part;
import cn.nianbao.api.ServiceClient;
import cn.nianbao.api.SmallReport;
import cn.nianbao.store.EmbeddedPostgresServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * Two service instances (two Spring contexts on random loopback ports in this JVM) on one PostgreSQL, given 50
 * uploads split between them: every report gets an outcome, each extracted exactly once (attempts = 1), and no
 * job is left in db-scheduler's table.
 */
class TwoInstancesTest {
    private static final int REPORTS = 50;
    private static final List<ConfigurableApplicationContext> INSTANCES = new ArrayList<>();

    @BeforeAll
    static void start() {
        String url = EmbeddedPostgresServer.newDatabase("two");
        for (String name : List.of("a", "b")) {
            // As arguments: they come before application.yml (default properties would come after it).
            INSTANCES.add(new SpringApplicationBuilder(NianbaoService.class).run(
                    "--server.port=0",
                    "--nianbao.data-dir=" + ServiceClient.dataDir("nianbao-two-" + name),
                    "--nianbao.inbox-watch.enabled=false",
                    "--nianbao.jobs.poll-interval=100ms",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + EmbeddedPostgresServer.user(),
                    "--spring.datasource.password="));
        }
    }

    @AfterAll
    static void stop() {
        INSTANCES.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void fiftyUploadsOnTwoInstancesAreEachProcessedExactlyOnce() {
        List<ServiceClient> clients = INSTANCES.stream().map(TwoInstancesTest::client).toList();
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < REPORTS; n++) {
            String body = clients.get(n % 2).upload(report(n)).getBody();
            ids.add(ServiceClient.json(body).path("reports").get(0).path("id").asText());
        }
        assertThat(ids).hasSize(REPORTS);

        JdbcTemplate db = INSTANCES.get(0).getBean(JdbcTemplate.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (db.queryForObject("SELECT COUNT(*) FROM report WHERE status IN ('queued', 'processing')", Long.class) > 0) {
            assertThat(Instant.now()).as("all reports out of the queue in time").isBefore(deadline);
            ServiceClient.pause(100);
        }

        assertThat(db.queryForObject("SELECT COUNT(*) FROM report", Long.class)).isEqualTo(REPORTS);
        List<Map<String, Object>> rows = db.queryForList("SELECT id, status, attempts, result_json FROM report");
        for (Map<String, Object> row : rows) {
            assertThat(row.get("status")).as(row.toString()).isIn("needs_review", "clean");
            assertThat(row.get("attempts")).as(row.toString()).isEqualTo(1);
            assertThat(row.get("result_json")).as(row.toString()).isNotNull();
        }
        assertThat(db.queryForObject("SELECT COUNT(*) FROM scheduled_tasks", Long.class)).isZero();
        for (ServiceClient client : clients) {
            assertThat(client.getJson("/api/reports?size=1").path("total").asLong()).isEqualTo(REPORTS);
        }
    }

    private static ServiceClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return ServiceClient.of(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port)),
                context);
    }

    private static Part report(int n) {
        return new Part("file", n + ".txt", SmallReport.of("测试" + n + "区人民政府", 2022, n + 1, 0, 0));
    }
}

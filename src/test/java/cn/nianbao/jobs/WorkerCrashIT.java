package cn.nianbao.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.api.ServiceClient;
import cn.nianbao.api.ServiceClient.Part;
import cn.nianbao.api.SmallReport;
import cn.nianbao.crash.ServiceInstance;
import cn.nianbao.crash.ServiceInstances;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker killed with kill -9 in the middle of a job (run by Failsafe after package): two instances of
 * target/nianbao.jar as child processes on random loopback ports, one embedded PostgreSQL. Every job waits
 * {@code nianbao.jobs.test-delay} before extracting, so it can be caught processing; the instance holding it is
 * killed ({@link Process#destroyForcibly()}), and the other one must notice the missed heartbeats, run the job
 * again and finish every upload.
 */
class WorkerCrashIT {
    private static final int REPORTS = 4;
    private static final Map<String, ServiceInstance> INSTANCES = new LinkedHashMap<>();
    private static ServiceInstances service;

    @BeforeAll
    static void start() {
        service = new ServiceInstances("worker-crash");
        Map<String, String> settings = ServiceInstances.defaults();
        settings.put("nianbao.jobs.test-delay", "4s");
        service.start(List.of("a", "b"), settings).forEach(instance -> INSTANCES.put(instance.name(), instance));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aJobWhoseWorkerWasKilledCompletesOnTheOtherInstanceAndNoUploadIsLost() throws Exception {
        ServiceClient viaA = INSTANCES.get("a").client(service.token());
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < REPORTS; n++) {
            String body = viaA.upload(report(n)).getBody();
            ids.add(ServiceClient.json(body).path("reports").get(0).path("id").asText());
        }

        String victimName = service.awaitPicked(ids.get(0));
        ServiceInstance victim = INSTANCES.get(victimName);
        ServiceInstance survivor = INSTANCES.values().stream().filter(i -> !i.name().equals(victimName)).findFirst()
                .orElseThrow();
        assertThat(viaA.getJson("/api/reports/" + ids.get(0)).path("status").asText()).isEqualTo("processing");
        victim.kill();

        ServiceClient client = survivor.client(service.token());
        for (String id : ids) {
            JsonNode report = client.awaitOutcome(id);
            assertThat(report.path("status").asText()).as(id).isIn("needs_review", "clean");
        }
        assertThat(client.getJson("/api/reports?size=50").path("total").asLong()).isEqualTo(REPORTS);
        try (Connection db = service.db();
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
    void exactlyOneOfTwoInstancesStartingOnAnEmptyDatabaseCreatesTheFirstAdminAndSaysHowToLogIn() {
        List<String> told = new ArrayList<>();
        for (ServiceInstance instance : INSTANCES.values()) {
            String output = instance.output();
            if (output.contains("首次登录 / first login")) {
                told.add(instance.name());
                assertThat(output).contains("first login: http://127.0.0.1:" + instance.port() + "/")
                        .contains("NIANBAO_ADMIN_PASSWORD").doesNotContain(ServiceInstances.ADMIN_PASSWORD);
            }
        }
        assertThat(told).hasSize(1);
    }

    private static Part report(int n) {
        return new Part("file", "crash-" + n + ".txt", SmallReport.of("崩溃" + n + "区人民政府", 2022, n + 1, 0, 0));
    }
}

package cn.nianbao.crash;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.account.TestAccounts;
import cn.nianbao.api.ServiceClient;
import cn.nianbao.api.ServiceClient.Part;
import cn.nianbao.api.SmallReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * kill -9 of an instance while a reviewer's correction is inside its transaction ({@code nianbao.review.test-delay}
 * holds it there after every write, before the commit). Two instances on one PostgreSQL: the change is not there at
 * all (cell, audit entry, revision), the correction committed before is still there, and the reviewer's retry at
 * the revision they saw applies once on the restarted instance; a second retry is refused as stale.
 */
class ReviewCrashIT {
    private static final Pattern HOLDING = Pattern.compile("FOR TESTS ONLY: holding .* nianbao\\.review\\.test-delay");
    private static final String COMMITTED = "requests.new_received.natural_person";
    private static final String CUT = "requests.granted.natural_person";

    /** What the database holds of a report: its revision, its cell audit entries and how many entries in all. */
    private record Stored(int revision, List<String> changes, int entries) {
    }

    @Test
    void aSaveCutByTheKillIsNotThereAtAllAndItsRetryAppliesExactlyOnce() throws Exception {
        try (ServiceInstances service = new ServiceInstances("review-crash")) {
            Map<String, String> holding = ServiceInstances.defaults();
            holding.put("nianbao.review.test-delay", "20s");
            Map<String, Map<String, String>> settings = new LinkedHashMap<>();
            settings.put("a", holding);
            settings.put("b", ServiceInstances.defaults());
            List<ServiceInstance> started = service.start(settings);
            ServiceInstance a = started.get(0);
            ServiceClient viaA = a.client(service.token());
            ServiceClient viaB = started.get(1).client(service.token());

            String id = ServiceClient.json(viaB.upload(new Part("file", "review-crash.txt",
                    SmallReport.of("审核崩溃区人民政府", 2022, 3, 0, 0))).getBody()).path("reports").get(0)
                    .path("id").asText();
            int first = viaB.awaitOutcome(id).path("revision").asInt();
            ResponseEntity<String> committed = viaB.correct(id, COMMITTED, "4", "对照原件第 3 页", first);
            assertThat(committed.getStatusCode().value()).as(committed.getBody()).isEqualTo(200);
            int seen = ServiceClient.json(committed.getBody()).path("revision").asInt();
            Stored before = stored(service, id);
            assertThat(before.revision()).isEqualTo(seen);

            CompletableFuture<ResponseEntity<String>> cut = CompletableFuture.supplyAsync(
                    () -> viaA.correct(id, CUT, "2", "对照原件第 3 页", seen));
            ServiceInstances.awaitOutput(a, HOLDING, Duration.ofSeconds(20));
            a.kill();
            assertThat(cut).failsWithin(20, TimeUnit.SECONDS);

            assertThat(stored(service, id)).as("nothing of the cut save, the committed one kept").isEqualTo(before);
            JsonNode afterKill = viaB.getJson("/api/reports/" + id);
            assertThat(ServiceClient.cell(afterKill, COMMITTED).path("value").asInt()).isEqualTo(4);
            assertThat(ServiceClient.cell(afterKill, CUT).path("value").asInt()).isEqualTo(3);

            Map<String, String> noHold = ServiceInstances.defaults();
            ServiceClient restarted = service.restart(a, noHold).client(service.token());
            ResponseEntity<String> retry = restarted.correct(id, CUT, "2", "对照原件第 3 页", seen);
            assertThat(retry.getStatusCode().value()).as(retry.getBody()).isEqualTo(200);
            ResponseEntity<String> again = restarted.correct(id, CUT, "2", "对照原件第 3 页", seen);
            assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(409);

            Stored after = stored(service, id);
            assertThat(after.revision()).isGreaterThan(seen)
                    .isEqualTo(ServiceClient.json(retry.getBody()).path("revision").asInt());
            assertThat(after.changes()).containsExactly(COMMITTED + " 3→4 " + TestAccounts.REVIEWER,
                    CUT + " 3→2 " + TestAccounts.REVIEWER);
            JsonNode report = viaB.getJson("/api/reports/" + id);
            assertThat(ServiceClient.cell(report, COMMITTED).path("value").asInt()).isEqualTo(4);
            assertThat(ServiceClient.cell(report, CUT).path("value").asInt()).isEqualTo(2);
            assertThat(ServiceClient.cell(report, CUT).path("state").asText()).isEqualTo("corrected");
        }
    }

    private static Stored stored(ServiceInstances service, String id) throws Exception {
        try (Connection db = service.db()) {
            int revision;
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT revision FROM report WHERE id = CAST(? AS UUID)")) {
                query.setString(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    revision = rs.getInt(1);
                }
            }
            List<String> changes = new ArrayList<>();
            int entries = 0;
            try (PreparedStatement query = db.prepareStatement("SELECT cell_key, old_value, new_value, actor,"
                    + " action FROM audit_entry WHERE report_id = CAST(? AS UUID) ORDER BY id")) {
                query.setString(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        entries++;
                        if (!rs.getString(5).equals("cell")) {
                            continue;
                        }
                        changes.add(rs.getString(1) + " " + rs.getString(2) + "→" + rs.getString(3) + " "
                                + rs.getString(4));
                    }
                }
            }
            return new Stored(revision, changes, entries);
        }
    }
}

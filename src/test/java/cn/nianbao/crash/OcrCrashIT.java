package cn.nianbao.crash;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.api.ServiceClient;
import cn.nianbao.api.ServiceClient.Part;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the instance that is OCR-ing a scan (two instances on one PostgreSQL, no test delay: the job is
 * caught while Tesseract reads the page): the killed instance is restarted, and the scan is read again to the
 * right values, those of its expected file.
 */
class OcrCrashIT {
    private static final Path SCAN = Path.of("fixtures/scans/001-p3.jpg");
    private static final Path EXPECTED = Path.of("fixtures/scans/001-p3.expected-cells.json");

    @Test
    void aScanWhoseOcrWasKilledIsReadAgainToTheExpectedValues() throws Exception {
        try (ServiceInstances service = new ServiceInstances("ocr-crash")) {
            Map<String, ServiceInstance> instances = new LinkedHashMap<>();
            service.start(List.of("a", "b"), ServiceInstances.defaults())
                    .forEach(instance -> instances.put(instance.name(), instance));
            ServiceClient viaA = instances.get("a").client(service.token());
            String id = ServiceClient.json(viaA.upload(Part.of("file", SCAN)).getBody()).path("reports").get(0)
                    .path("id").asText();

            ServiceInstance victim = instances.get(service.awaitPicked(id));
            // The worker marks the report processing and then reads it: the page's OCR takes seconds.
            ServiceClient.pause(300);
            assertThat(status(service, id)).as("still being read").isEqualTo("processing");
            victim.kill();
            ServiceInstance restarted = service.restart(victim);

            JsonNode report = restarted.client(service.token()).awaitOutcome(id);
            assertThat(report.path("status").asText()).isIn("needs_review", "clean");
            assertThat(attempts(service, id)).as("read by %s, killed, read again", victim.name()).isEqualTo(2);
            JsonNode expected = ServiceClient.json(Files.readString(EXPECTED));
            for (Map.Entry<String, JsonNode> row : expected.path("rows").properties()) {
                assertThat(values(report, row.getKey())).as(row.getKey()).isEqualTo(values(row.getValue()));
            }
            assertThat(ServiceClient.cell(report, "requests.new_received.total").path("ocr").asBoolean()).isTrue();
        }
    }

    /** A row's cells in the report's (the form's) order. */
    private static List<String> values(JsonNode report, String row) {
        List<String> values = new ArrayList<>();
        for (JsonNode cell : report.path("cells")) {
            if (cell.path("key").asText().startsWith(row + ".")) {
                values.add(cell.path("value").asText());
            }
        }
        return values;
    }

    private static List<String> values(JsonNode row) {
        List<String> values = new ArrayList<>();
        row.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String status(ServiceInstances service, String id) throws Exception {
        return column(service, id, "status");
    }

    private static int attempts(ServiceInstances service, String id) throws Exception {
        return Integer.parseInt(column(service, id, "attempts"));
    }

    private static String column(ServiceInstances service, String id, String column) throws Exception {
        try (Connection db = service.db();
             PreparedStatement query = db.prepareStatement("SELECT " + column + " FROM report WHERE id = CAST(? AS UUID)")) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}

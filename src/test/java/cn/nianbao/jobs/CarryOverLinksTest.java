package cn.nianbao.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.api.ServiceClient.Part;
import cn.nianbao.api.ServiceClient;
import cn.nianbao.api.SmallReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** carry_over_chain through the service: two years of one organ, uploaded one after the other. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nianbao.jobs.poll-interval=100ms", "nianbao.inbox-watch.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CarryOverLinksTest {
    private static final Path DATA = ServiceClient.dataDir("nianbao-carry-over-test");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("nianbao.data-dir", DATA::toString);
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ApplicationContext service;

    private static Part report(int year, int carriedOver, int carriedForward) {
        return new Part("file", year + ".txt", SmallReport.of("测试区人民政府", year, 4, carriedOver, carriedForward));
    }

    @Test
    void whatOneYearCarriedForwardTheNextMustCarryOverAndBothAreTold() {
        ServiceClient client = ServiceClient.of(http, service);
        String y2021 = id(client, report(2021, 0, 3));
        assertThat(rules(client.awaitOutcome(y2021))).doesNotContain("carry_over_chain");

        String y2022 = id(client, report(2022, 2, 0));
        JsonNode later = client.awaitOutcome(y2022);
        JsonNode earlier = client.getJson("/api/reports/" + y2021);

        assertThat(cellsOf(later, "carry_over_chain")).contains("requests.carried_over.natural_person",
                "requests.carried_over.total");
        assertThat(cellsOf(earlier, "carry_over_chain")).contains("requests.carried_forward.natural_person",
                "requests.carried_forward.total");
        assertThat(earlier.path("status").asText()).isEqualTo("needs_review");
        assertThat(client.getJson("/api/reports?rule=carry_over_chain").path("total").asLong()).isEqualTo(2);
    }

    private static String id(ServiceClient client, Part part) {
        return ServiceClient.json(client.upload(part).getBody()).path("reports").get(0).path("id").asText();
    }

    private static List<String> rules(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.path("findings").forEach(f -> out.add(f.path("rule").asText()));
        return out;
    }

    private static List<String> cellsOf(JsonNode report, String rule) {
        List<String> out = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("rule").asText().equals(rule)) {
                f.path("cells").forEach(c -> out.add(c.asText()));
            }
        });
        return out;
    }
}

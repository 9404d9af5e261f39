package cn.nianbao.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.api.ServiceClient.Part;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A full queue answers 503 with Retry-After instead of piling work up (no worker runs here). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nianbao.jobs.enabled=false",
        "nianbao.jobs.queue-limit=2",
        "nianbao.jobs.retry-after-seconds=7",
        "nianbao.inbox-watch.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class QueueLimitTest {
    private static final java.nio.file.Path DATA = ServiceClient.dataDir("nianbao-queue-test");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("nianbao.data-dir", DATA::toString);
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ApplicationContext service;

    @Test
    void uploadsBeyondTheQueueLimitAreRefusedWithRetryAfter() {
        ServiceClient client = ServiceClient.of(http, service);
        assertThat(client.upload(text("a")).getStatusCode().value()).isEqualTo(202);
        assertThat(client.upload(text("b")).getStatusCode().value()).isEqualTo(202);

        ResponseEntity<String> refused = client.upload(text("c"));
        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(ServiceClient.json(refused.getBody()).path("error").asText()).isEqualTo("queue_full");
        assertThat(client.getJson("/api/reports").path("total").asLong()).isEqualTo(2);
        assertThat(client.getJson("/api/reports?status=queued").path("total").asLong()).isEqualTo(2);
    }

    private static Part text(String name) {
        return new Part("file", name + ".txt", ("报告 " + name).getBytes(StandardCharsets.UTF_8));
    }
}

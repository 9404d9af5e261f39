package cn.nianbao.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.account.TestAccounts;
import cn.nianbao.load.Uploads;
import cn.nianbao.load.Uploads.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Uploads arriving all at once still stop at the queue limit (no worker runs here, so the queue only fills): the
 * count and the insert are one step, so that a burst cannot all see room and overfill the queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nianbao.jobs.enabled=false",
        "nianbao.jobs.queue-limit=5",
        "nianbao.inbox-watch.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class QueueBurstTest {
    private static final java.nio.file.Path DATA = ServiceClient.dataDir("nianbao-queue-burst-test");
    private static final int BURST = 40;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("nianbao.data-dir", DATA::toString);
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ApplicationContext service;
    @LocalServerPort
    private int port;

    @Test
    void aBurstOfUploadsFillsTheQueueExactlyToItsLimitAndTheRestGet503() {
        Uploads uploads = new Uploads("http://127.0.0.1:" + port, TestAccounts.of(service).reviewerToken());
        List<CompletableFuture<Answer>> sent = new ArrayList<>();
        for (int n = 0; n < BURST; n++) {
            sent.add(uploads.send("burst-" + n + ".txt", SmallReport.of("突发" + n + "区人民政府", 2022, n + 1, 0, 0)));
        }
        Map<Integer, Long> statuses = sent.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(Answer::status, Collectors.counting()));

        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(202, 5L, 503, (long) BURST - 5));
        assertThat(ServiceClient.of(http, service).getJson("/api/reports?status=queued").path("total").asLong())
                .isEqualTo(5);
    }
}

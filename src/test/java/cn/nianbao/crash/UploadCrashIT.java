package cn.nianbao.crash;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.api.ServiceClient;
import cn.nianbao.api.SmallReport;
import cn.nianbao.load.Uploads;
import cn.nianbao.load.Uploads.Answer;
import cn.nianbao.pipeline.Hashes;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of an instance in the middle of uploads (two instances of the jar on one PostgreSQL): large uploads
 * streamed slowly are cut half sent, small ones keep arriving until the kill. Every upload answered 202 must be in
 * the database byte for byte and be processed (by the other instance, or by the killed one after its restart);
 * an upload without an answer may be absent, but whatever is stored is a whole file with its job.
 */
class UploadCrashIT {
    private static final int LARGE = 3;
    private static final int LARGE_BYTES = 1_000_000;
    private static final int SMALL_SENDERS = 4;
    private static final int SMALL_MAX = 120;

    /** One upload: what was sent and what came back. */
    private record Sent(String fileName, byte[] content, AtomicLong bytesSent, CompletableFuture<Answer> answer) {
        String sha256() {
            return Hashes.sha256(content);
        }
    }

    @Test
    void everyAcceptedUploadSurvivesTheKillWholeAndIsProcessedAndNothingIsHalfStored() throws Exception {
        try (ServiceInstances service = new ServiceInstances("upload-crash")) {
            List<ServiceInstance> started = service.start(List.of("a", "b"), ServiceInstances.defaults());
            ServiceInstance a = started.get(0);
            ServiceInstance b = started.get(1);
            Uploads toA = new Uploads(a.baseUrl(), service.token());

            // Large files trickle in 16 KB every 100 ms (about 6 s each), so the kill (1.5 to 5 s in) cuts them.
            List<Sent> large = new ArrayList<>();
            for (int n = 0; n < LARGE; n++) {
                byte[] content = largeReport(n);
                AtomicLong bytes = new AtomicLong();
                large.add(new Sent("large-" + n + ".txt", content, bytes,
                        toA.send("large-" + n + ".txt", content, 16 * 1024, Duration.ofMillis(100), bytes)));
            }
            List<Sent> small = sendSmallUntilKilled(toA, a, Duration.ofMillis(1500));
            long[] sentAtKill = large.stream().mapToLong(s -> s.bytesSent().get()).toArray();

            CompletableFuture.allOf(large.stream().map(Sent::answer).toArray(CompletableFuture[]::new))
                    .get(60, TimeUnit.SECONDS);
            for (int n = 0; n < LARGE; n++) {
                assertThat(large.get(n).answer().get().answered()).as("large upload %d was cut", n).isFalse();
                assertThat(sentAtKill[n]).as("large upload %d was half sent at the kill", n)
                        .isPositive().isLessThan(LARGE_BYTES);
            }
            Map<String, Sent> accepted = new HashMap<>();
            for (Sent each : small) {
                Answer answer = each.answer().get();
                assertThat(answer.status()).as(answer.body()).isIn(0, 202);
                if (answer.status() == 202) {
                    JsonNode entry = ServiceClient.json(answer.body()).path("reports").get(0);
                    assertThat(entry.path("sha256").asText()).isEqualTo(each.sha256());
                    assertThat(entry.path("duplicate").asBoolean()).isFalse();
                    accepted.put(entry.path("id").asText(), each);
                }
            }
            System.out.printf("UploadCrashIT: %d small uploads, %d answered 202 before the kill; large ones cut at %s"
                    + " bytes%n", small.size(), accepted.size(), Arrays.toString(sentAtKill));
            assertThat(accepted).as("uploads answered before the kill").isNotEmpty();
            assertThat(small.stream().filter(s -> !s.answer().join().answered()))
                    .as("uploads the kill left without an answer").isNotEmpty();

            ServiceInstance restarted = service.restart(a);
            ServiceClient viaB = b.client(service.token());
            for (String id : accepted.keySet()) {
                assertThat(viaB.awaitOutcome(id).path("status").asText()).as(id).isIn("needs_review", "clean");
            }
            Map<String, byte[]> sentBySha = new HashMap<>();
            small.forEach(s -> sentBySha.put(s.sha256(), s.content()));
            large.forEach(s -> sentBySha.put(s.sha256(), s.content()));
            try (Connection db = service.db()) {
                awaitNoActiveReport(db);
                Map<String, String> stored = storedShas(db, sentBySha);
                accepted.forEach((id, sent) -> assertThat(stored.get(id)).as("report %s, bytes and hash", id)
                        .isEqualTo(sent.sha256()));
                try (Statement sql = db.createStatement();
                     ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM scheduled_tasks")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).as("every job finished").isZero();
                }
            }
            String some = accepted.keySet().iterator().next();
            assertThat(restarted.client(service.token()).getJson("/api/reports/" + some).path("status").asText())
                    .isIn("needs_review", "clean");
        }
    }

    /**
     * Uploads small reports from a few senders, one after another each, and kills the instance once some were
     * accepted and {@code killAfter} passed (at the latest after 5 s, a busy machine being slow to answer).
     */
    private static List<Sent> sendSmallUntilKilled(Uploads uploads, ServiceInstance victim, Duration killAfter)
            throws InterruptedException {
        AtomicInteger accepted = new AtomicInteger();
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < SMALL_SENDERS; s++) {
            Thread sender = new Thread(() -> {
                int n;
                while (!killed.get() && (n = next.getAndIncrement()) < SMALL_MAX) {
                    byte[] content = SmallReport.of("上传崩溃" + n + "区人民政府", 2022, n + 1, 0, 0);
                    String name = "small-" + n + ".txt";
                    Sent one = new Sent(name, content, new AtomicLong(), uploads.send(name, content));
                    sent.add(one);
                    if (one.answer().join().status() == 202) {
                        accepted.incrementAndGet();
                    }
                    ServiceClient.pause(30);
                }
            });
            sender.start();
            senders.add(sender);
        }
        Instant start = Instant.now();
        Thread.sleep(killAfter.toMillis());
        while (accepted.get() < 5 && Instant.now().isBefore(start.plusSeconds(5))) {
            Thread.sleep(20);
        }
        victim.kill();
        killed.set(true);
        for (Thread sender : senders) {
            sender.join(Duration.ofSeconds(60).toMillis());
        }
        return List.copyOf(sent);
    }

    /**
     * Every stored report, checked whole: its bytes hash to its sha256 and are exactly one of the files sent, its
     * recorded size is theirs. Returns report id → sha256.
     */
    private static Map<String, String> storedShas(Connection db, Map<String, byte[]> sentBySha) throws Exception {
        Map<String, String> stored = new HashMap<>();
        try (Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT r.id, r.sha256, r.size_bytes, f.content, r.status FROM report r"
                     + " LEFT JOIN report_file f ON f.report_id = r.id")) {
            while (rs.next()) {
                String id = rs.getString(1);
                byte[] content = rs.getBytes(4);
                assertThat(content).as("report %s has its bytes", id).isNotNull();
                assertThat(Hashes.sha256(content)).as("report %s bytes", id).isEqualTo(rs.getString(2));
                assertThat(sentBySha.get(rs.getString(2))).as("report %s is a file sent, whole", id)
                        .isEqualTo(content);
                assertThat(rs.getLong(3)).isEqualTo(content.length);
                assertThat(rs.getString(5)).as("report %s processed", id).isIn("needs_review", "clean");
                stored.put(id, rs.getString(2));
            }
        }
        return stored;
    }

    private static void awaitNoActiveReport(Connection db) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try (Statement sql = db.createStatement();
                 ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM report WHERE status IN ('queued', 'processing')")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
                assertThat(Instant.now()).as(rs.getLong(1) + " reports still queued or processing").isBefore(deadline);
            }
            ServiceClient.pause(200);
        }
    }

    /** A small report followed by filler paragraphs, {@link #LARGE_BYTES} bytes. */
    private static byte[] largeReport(int n) {
        ByteArrayOutputStream text = new ByteArrayOutputStream(LARGE_BYTES);
        text.writeBytes(SmallReport.of("大文件" + n + "区人民政府", 2022, n + 1, 0, 0));
        byte[] filler = "本机关坚持以公开为常态、不公开为例外，持续做好政府信息主动公开工作。\n".getBytes(StandardCharsets.UTF_8);
        while (text.size() < LARGE_BYTES) {
            text.writeBytes(filler);
        }
        return Arrays.copyOf(text.toByteArray(), LARGE_BYTES);
    }
}

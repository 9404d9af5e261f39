package cn.nianbao.load;

import cn.nianbao.api.ServiceClient;
import cn.nianbao.api.SmallReport;
import cn.nianbao.load.Uploads.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A burst of concurrent uploads to one service on loopback: {@code count} distinct small reports sent all at once
 * (one connection each), bounded in time; then waits until the service has processed every accepted one.
 */
public final class LoadBurst {
    private final Uploads uploads;
    private final ServiceClient client;

    public LoadBurst(Uploads uploads, ServiceClient client) {
        this.uploads = uploads;
        this.client = client;
    }

    /** Sends the burst; every upload must be answered (or fail) within {@code bound}. */
    public List<Answer> send(int count, String runName, Duration bound)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<byte[]> reports = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            reports.add(SmallReport.of(runName + n + "区人民政府", 2022, n + 1, 0, 0));
        }
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            answers.add(uploads.send("load-" + n + ".txt", reports.get(n)));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(bound.toMillis(), TimeUnit.MILLISECONDS);
        return answers.stream().map(CompletableFuture::join).toList();
    }

    /** Waits until no report is queued or processing; returns how long that took. */
    public Duration awaitProcessed(Duration bound) {
        Instant start = Instant.now();
        Instant deadline = start.plus(bound);
        while (active() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(active() + " reports still queued or processing after " + bound);
            }
            ServiceClient.pause(100);
        }
        return Duration.between(start, Instant.now());
    }

    private long active() {
        return client.getJson("/api/reports?status=queued&size=1").path("total").asLong()
                + client.getJson("/api/reports?status=processing&size=1").path("total").asLong();
    }
}

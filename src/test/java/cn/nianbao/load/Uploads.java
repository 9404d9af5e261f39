package cn.nianbao.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uploads over a plain {@link HttpClient} (HTTP/1.1, one connection per upload in flight): many at once without a
 * thread each, and optionally streamed slowly so that an upload can be caught half sent. Never throws: a failure
 * (refused, reset, timed out) is an {@link Answer} with status 0.
 */
public final class Uploads {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI uploads;
    private final String token;

    public Uploads(String baseUrl, String token) {
        this.uploads = URI.create(baseUrl + "/api/reports");
        this.token = token;
    }

    /**
     * What the service answered to one upload, and how long it took.
     *
     * @param status     the HTTP status, 0 when no answer came
     * @param retryAfter the Retry-After header, or null
     * @param body       the answer's body, or the failure when none came
     */
    public record Answer(int status, String retryAfter, String body, Duration latency) {
        public boolean answered() {
            return status != 0;
        }
    }

    /** Sends the whole file at once. */
    public CompletableFuture<Answer> send(String fileName, byte[] content) {
        return send(fileName, content, 0, Duration.ZERO, new AtomicLong());
    }

    /**
     * Sends the file {@code chunk} bytes per {@code pause} (a whole at once when chunk is 0); {@code sent} counts
     * the body's bytes handed to the connection so far.
     */
    public CompletableFuture<Answer> send(String fileName, byte[] content, int chunk, Duration pause, AtomicLong sent) {
        String boundary = "nianbao-" + UUID.randomUUID();
        byte[] body = multipart(boundary, fileName, content);
        HttpRequest.BodyPublisher publisher = chunk <= 0
                ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new Trickle(body, chunk, pause, sent));
        HttpRequest request = HttpRequest.newBuilder(uploads)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(120))
                .POST(publisher).build();
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            if (failure != null) {
                return new Answer(0, null, failure.toString(), latency);
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                    response.body(), latency);
        });
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 300);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A body handed out a chunk at a time with a pause before each. */
    private static final class Trickle extends InputStream {
        private final byte[] body;
        private final int chunk;
        private final Duration pause;
        private final AtomicLong sent;
        private int position;

        Trickle(byte[] body, int chunk, Duration pause, AtomicLong sent) {
            this.body = body;
            this.chunk = chunk;
            this.pause = pause;
            this.sent = sent;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= body.length) {
                return -1;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            int n = Math.min(Math.min(length, chunk), body.length - position);
            System.arraycopy(body, position, buffer, offset, n);
            position += n;
            sent.addAndGet(n);
            return n;
        }
    }
}

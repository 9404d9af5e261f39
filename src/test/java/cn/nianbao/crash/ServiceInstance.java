package cn.nianbao.crash;

import cn.nianbao.api.ServiceClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * One {@code target/nianbao.jar serve} child process of {@link ServiceInstances}: its name (db-scheduler's
 * {@code picked_by}), settings, data folder, output file and loopback port.
 */
public record ServiceInstance(String name, Process process, Map<String, String> settings, Path dataDir, Path log,
                              int port) {

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public ServiceClient client(String token) {
        return new ServiceClient(new TestRestTemplate(new RestTemplateBuilder().rootUri(baseUrl())), token);
    }

    /** kill -9: the JVM gets no chance to finish a request, a transaction or a job. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while killing " + name, e);
        }
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

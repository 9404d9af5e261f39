package cn.nianbao.security;

import cn.nianbao.account.TestAccounts;
import cn.nianbao.api.ServiceClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The security tests' service: real HTTP on a random loopback port, no workers, no inbox; the first admin's
 * password is {@link #FIRST_ADMIN_PASSWORD}. The test classes share it (one Spring context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "nianbao.jobs.enabled=false",
        "nianbao.inbox-watch.enabled=false",
        "nianbao.admin.initial-password=" + WebTestBase.FIRST_ADMIN_PASSWORD})
abstract class WebTestBase {
    static final String FIRST_ADMIN_PASSWORD = "first-admin-password";
    private static final Path DATA = ServiceClient.dataDir("nianbao-security-test");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("nianbao.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext service;

    TestAccounts accounts() {
        return TestAccounts.of(service);
    }

    WebSession browser() {
        return new WebSession(port);
    }

    WebSession loggedIn(String username, String password) {
        return WebSession.loggedIn(port, username, password);
    }

    /** An API call as a script makes it: no cookies; {@code authorization} is the header's value, or null. */
    HttpResponse<String> api(String method, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return WebSession.send(HttpClient.newHttpClient(), request.build());
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

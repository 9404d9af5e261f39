package cn.nianbao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's view of the service over real HTTP: its own cookies (the session), redirects not followed, forms
 * posted as the pages post them, with the CSRF token the pages carry when asked to.
 */
final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    WebSession(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new session, logged in through the login form. */
    static WebSession loggedIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        HttpResponse<String> done = session.login(username, password);
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session;
    }

    HttpResponse<String> login(String username, String password) {
        return submit("/login", Map.of("username", username, "password", password));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A form posted without a CSRF token. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(encode(form))));
    }

    /** A form posted as a page posts it: with this session's CSRF token. */
    HttpResponse<String> submit(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfToken());
        return post(path, withToken);
    }

    /** Any method, optionally with the CSRF token as a form field. */
    HttpResponse<String> request(String method, String path, boolean withCsrf) {
        String body = withCsrf ? encode(Map.of("_csrf", csrfToken())) : "";
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, BodyPublishers.ofString(body)));
    }

    /** The token the login page's form carries (the same for every page of this session). */
    String csrfToken() {
        HttpResponse<String> page = get("/login");
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF field on the login page").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request.build());
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}

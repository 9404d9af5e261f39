package cn.nianbao.map.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * An OpenAI chat-completions endpoint on 127.0.0.1 with a scripted reply, so that tests run the real
 * langchain4j client without any network beyond loopback. Records the request bodies it got.
 */
public final class LoopbackOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final int PROMPT_TOKENS = 400;
    public static final int COMPLETION_TOKENS = 123;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile UnaryOperator<String> script = request -> "{\"cells\": {}}";
    private volatile Duration delay = Duration.ZERO;

    public LoopbackOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** The assistant message's content for every following request. */
    public LoopbackOpenAi replying(String assistantContent) {
        this.script = request -> assistantContent;
        return this;
    }

    /** The assistant message's content as a function of the request body (one reply per table asked about). */
    public LoopbackOpenAi replying(UnaryOperator<String> byRequest) {
        this.script = byRequest;
        return this;
    }

    /** How long to wait before answering (longer than the client's timeout makes it time out). */
    public LoopbackOpenAi after(Duration wait) {
        this.delay = wait;
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public List<String> requests() {
        return requests;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(request);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1_700_000_000L)
                .put("model", "test-model");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", script.apply(request));
        body.putObject("usage").put("prompt_tokens", PROMPT_TOKENS).put("completion_tokens", COMPLETION_TOKENS)
                .put("total_tokens", PROMPT_TOKENS + COMPLETION_TOKENS);
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The client gave up (timeout) and closed the connection: nothing to answer to.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

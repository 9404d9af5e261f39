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
 * A chat endpoint on 127.0.0.1 with a scripted reply, so that tests run the real langchain4j client without
 * any network beyond loopback: OpenAI's chat completions ({@code new LoopbackChat()}) or Ollama's native
 * /api/chat ({@link #ollama()}, non-streaming). Records the request bodies it got.
 */
public final class LoopbackChat implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final int PROMPT_TOKENS = 400;
    public static final int COMPLETION_TOKENS = 123;

    private final boolean ollama;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile UnaryOperator<String> script = request -> "{\"cells\": {}}";
    private volatile Duration delay = Duration.ZERO;

    /** Speaking OpenAI's chat completions under /v1. */
    public LoopbackChat() throws IOException {
        this(false);
    }

    /** Speaking Ollama's native API: POST /api/chat, token counts as prompt_eval_count and eval_count. */
    public static LoopbackChat ollama() throws IOException {
        return new LoopbackChat(true);
    }

    private LoopbackChat(boolean ollama) throws IOException {
        this.ollama = ollama;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(ollama ? "/api/chat" : "/v1/chat/completions", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** The assistant message's content for every following request. */
    public LoopbackChat replying(String assistantContent) {
        this.script = request -> assistantContent;
        return this;
    }

    /** The assistant message's content as a function of the request body (one reply per table asked about). */
    public LoopbackChat replying(UnaryOperator<String> byRequest) {
        this.script = byRequest;
        return this;
    }

    /** How long to wait before answering (longer than the client's timeout makes it time out). */
    public LoopbackChat after(Duration wait) {
        this.delay = wait;
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + (ollama ? "" : "/v1");
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
        String content = script.apply(request);
        byte[] bytes = JSON.writeValueAsBytes(ollama ? ollamaReply(content) : openAiReply(content));
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

    private static ObjectNode openAiReply(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1_700_000_000L)
                .put("model", "test-model");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", PROMPT_TOKENS).put("completion_tokens", COMPLETION_TOKENS)
                .put("total_tokens", PROMPT_TOKENS + COMPLETION_TOKENS);
        return body;
    }

    private static ObjectNode ollamaReply(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", "test-model").put("created_at", "2026-11-22T10:00:00.000000Z");
        body.putObject("message").put("role", "assistant").put("content", content);
        body.put("done_reason", "stop").put("done", true)
                .put("prompt_eval_count", PROMPT_TOKENS).put("eval_count", COMPLETION_TOKENS);
        return body;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

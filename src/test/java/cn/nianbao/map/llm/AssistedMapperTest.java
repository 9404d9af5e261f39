package cn.nianbao.map.llm;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.extract.FormatDetector;
import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.pipeline.Limits;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.LlmUsage;
import cn.nianbao.result.ResultJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replies that must not be used, against the real client on a loopback server: each leaves the heuristic
 * result exactly as it was (cells, findings, status), only the cost is recorded.
 */
class AssistedMapperTest {
    private static final Path DAMAGED = Path.of("fixtures/damaged/2021-lost-labels.txt");
    private static final Limits LIMITS = new Limits(50, Duration.ofSeconds(60));
    private static final FormatDetector DETECTOR = new FormatDetector();
    private static final int PER_CALL = LoopbackChat.PROMPT_TOKENS + LoopbackChat.COMPLETION_TOKENS;
    private static byte[] damaged;
    private static ExtractionResult heuristic;

    private LoopbackChat server;

    @BeforeAll
    static void heuristicResult() throws Exception {
        damaged = Files.readAllBytes(DAMAGED);
        heuristic = ExtractionPipeline.standard(LIMITS, DETECTOR, null).extract(damaged, "damaged.txt");
    }

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackChat();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void withoutSettingsTheDamageIsFlaggedAndNoLlmIsConsulted() {
        assertThat(heuristic.llm()).isNull();
        assertThat(ResultJson.write(heuristic)).doesNotContain("\"llm\"").doesNotContain("llm_mapped");
        assertThat(heuristic.findings()).extracting(f -> f.rule()).containsExactly("missing", "missing");
        assertThat(heuristic.status()).isEqualTo(ExtractionResult.NEEDS_REVIEW);
    }

    @Test
    void theRequestCarriesTheFragmentTheOpenCellsAndTheSchema() {
        server.replying(DamagedReplies::forRequest);
        extract(3, Duration.ofSeconds(10));
        assertThat(server.requests()).hasSize(2);
        String requests = server.requests().stream().filter(r -> r.contains("requests.denied_third_party.total"))
                .findFirst().orElseThrow();
        assertThat(requests).contains("json_schema").contains("\"model\" : \"test-model\"")
                .contains("1.属于国家秘密").contains("[14]2").contains("4.保护第三方合法权益");
    }

    @Test
    void aReplyInventingANumberIsIgnored() {
        server.replying(request -> DamagedReplies.forRequest(request)
                .replace("\"requests.denied_query_service.natural_person\": \"2\"",
                        "\"requests.denied_query_service.natural_person\": \"3\"")
                .replace("\"4268\"", "\"4269\""));
        assertUnchanged(extract(3, Duration.ofSeconds(10)), new LlmUsage(2, 2L * PER_CALL, 0));
    }

    @Test
    void aTokenUsedMoreOftenThanTheSourceHasItIsIgnored() {
        // The fragment has three 2s; a fourth is a number the model made up from a real-looking token.
        server.replying(request -> DamagedReplies.forRequest(request)
                .replace("\"requests.denied_query_service.other_org\": \"0\"",
                        "\"requests.denied_query_service.other_org\": \"2\""));
        ExtractionResult result = extract(3, Duration.ofSeconds(10));
        assertThat(result.cells().stream().filter(c -> c.getKey().startsWith("requests.denied_query_service"))
                .map(c -> c.getState().id())).contains("missing");
    }

    @Test
    void malformedJsonIsIgnored() {
        server.replying("{\"cells\": {\"requests.denied_third_party.total\": \"2\"");
        assertUnchanged(extract(3, Duration.ofSeconds(10)), new LlmUsage(2, 2L * PER_CALL, 0));
    }

    @Test
    void malformedJsonFromOllamasNativeApiIsIgnored() throws Exception {
        try (LoopbackChat ollama = LoopbackChat.ollama()) {
            ollama.replying("{\"cells\": {\"requests.denied_third_party.total\": \"2\"");
            LlmSettings settings = new LlmSettings(ollama.baseUrl(), "test-model", null, Duration.ofSeconds(10), 3,
                    LlmSettings.Provider.OLLAMA, true);
            ExtractionResult result = ExtractionPipeline.standard(LIMITS, DETECTOR, settings)
                    .extract(damaged, "damaged.txt");
            assertUnchanged(result, new LlmUsage(2, 2L * PER_CALL, 0));
            assertThat(ollama.requests()).hasSize(2);
        }
    }

    @Test
    void proseInsteadOfJsonIsIgnored() {
        server.replying("第二行应是保护第三方合法权益。");
        assertUnchanged(extract(3, Duration.ofSeconds(10)), new LlmUsage(2, 2L * PER_CALL, 0));
    }

    @Test
    void anUnknownKeyIsIgnored() {
        server.replying(request -> DamagedReplies.forRequest(request)
                .replace("{\"cells\": {", "{\"cells\": {\"requests.granted.total\": \"2\", "));
        assertUnchanged(extract(3, Duration.ofSeconds(10)), new LlmUsage(2, 2L * PER_CALL, 0));
    }

    @Test
    void aTimeoutIsIgnored() {
        server.replying(DamagedReplies::forRequest).after(Duration.ofSeconds(5));
        long start = System.nanoTime();
        ExtractionResult result = extract(3, Duration.ofSeconds(1));
        assertUnchanged(result, new LlmUsage(2, 0, 0));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSlowServerGetsNoMoreCallsThanTheBudget() {
        server.replying(DamagedReplies::forRequest).after(Duration.ofSeconds(5));
        ExtractionResult result = extract(1, Duration.ofSeconds(1));
        assertUnchanged(result, new LlmUsage(1, 0, 0));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aZeroBudgetMakesNoCall() {
        server.replying(DamagedReplies::forRequest);
        assertUnchanged(extract(0, Duration.ofSeconds(10)), LlmUsage.NONE);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theSameFragmentTwiceIsAskedOnce() {
        server.replying(DamagedReplies::forRequest);
        ExtractionPipeline pipeline = pipeline(3, Duration.ofSeconds(10));
        ExtractionResult first = pipeline.extract(damaged, "damaged.txt");
        ExtractionResult second = pipeline.extract(damaged, "damaged-again.txt");
        assertThat(server.requests()).hasSize(2);
        assertThat(first.llm()).isEqualTo(new LlmUsage(2, 2L * PER_CALL, 0));
        assertThat(second.llm()).isEqualTo(new LlmUsage(0, 0, 2));
        assertThat(json(second.cells())).isEqualTo(json(first.cells()));
        assertThat(second.findings()).isEqualTo(first.findings());
    }

    private static String json(Object value) {
        try {
            return ResultJson.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ExtractionResult extract(int maxCalls, Duration timeout) {
        return pipeline(maxCalls, timeout).extract(damaged, "damaged.txt");
    }

    private ExtractionPipeline pipeline(int maxCalls, Duration timeout) {
        LlmSettings settings = new LlmSettings(server.baseUrl(), "test-model", null, timeout, maxCalls,
                LlmSettings.Provider.OPENAI, true);
        return ExtractionPipeline.standard(LIMITS, DETECTOR, settings);
    }

    /** The heuristic result to the byte, but for the recorded cost. */
    private static void assertUnchanged(ExtractionResult result, LlmUsage usage) {
        assertThat(result.llm()).isEqualTo(usage);
        ExtractionResult withoutCost = new ExtractionResult(result.source(), result.report(), result.cells(),
                result.extras(), result.findings(), result.status(), result.error(), result.basis());
        assertThat(ResultJson.write(withoutCost)).isEqualTo(ResultJson.write(heuristic));
    }
}

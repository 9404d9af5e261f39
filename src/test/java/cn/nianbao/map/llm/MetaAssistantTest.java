package cn.nianbao.map.llm;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.extract.FormatDetector;
import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.pipeline.Limits;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.LlmUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organ the heuristics could not find: fixtures/damaged/2022-no-organ.txt is cases/2021-full.txt without
 * the organ in its title and without its contact line; the narrative still writes 德清县市场监督管理局.
 */
class MetaAssistantTest {
    private static final Path DAMAGED = Path.of("fixtures/damaged/2022-no-organ.txt");
    private static final Limits LIMITS = new Limits(50, Duration.ofSeconds(60));
    private static final FormatDetector DETECTOR = new FormatDetector();
    private static final int PER_CALL = LoopbackChat.PROMPT_TOKENS + LoopbackChat.COMPLETION_TOKENS;
    private static byte[] damaged;

    private LoopbackChat server;

    @BeforeAll
    static void read() throws Exception {
        damaged = Files.readAllBytes(DAMAGED);
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
    void withoutAnEndpointTheOrganStaysUnknown() {
        ExtractionResult result = ExtractionPipeline.standard(LIMITS, DETECTOR, null).extract(damaged, "x.txt");
        assertThat(result.report().organ()).isNull();
        assertThat(result.report().year()).isEqualTo(2022);
        assertThat(result.llm()).isNull();
    }

    @Test
    void anOrganWrittenInTheNarrativeIsTakenAndLeftForTheReviewerToConfirm() {
        server.replying("{\"organ\": \"德清县市场监督管理局\", \"year\": \"\"}");
        ExtractionResult result = extract();

        assertThat(result.report().organ()).isEqualTo("德清县市场监督管理局");
        assertThat(result.report().year()).isEqualTo(2022);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("llm_mapped")).extracting(Finding::message)
                .singleElement().asString().contains("德清县市场监督管理局");
        assertThat(result.status()).isEqualTo(ExtractionResult.NEEDS_REVIEW);
        assertThat(result.llm()).isEqualTo(new LlmUsage(1, PER_CALL, 0));
        assertThat(server.requests()).singleElement().asString().contains("德清县市场监督管理局坚持");
    }

    @Test
    void anOrganNotWrittenInTheReportIsIgnored() {
        server.replying("{\"organ\": \"德清县人民政府\", \"year\": \"2022\"}");
        ExtractionResult result = extract();

        assertThat(result.report().organ()).isNull();
        assertThat(result.findings()).noneMatch(f -> f.rule().equals("llm_mapped"));
        assertThat(result.status()).isEqualTo(ExtractionResult.CLEAN);
        assertThat(result.llm()).isEqualTo(new LlmUsage(1, PER_CALL, 0));
    }

    @Test
    void proseInsteadOfJsonIsIgnored() {
        server.replying("发布机关是德清县市场监督管理局。");
        ExtractionResult result = extract();

        assertThat(result.report().organ()).isNull();
        assertThat(result.findings()).noneMatch(f -> f.rule().equals("llm_mapped"));
    }

    private ExtractionResult extract() {
        LlmSettings settings = new LlmSettings(server.baseUrl(), "test-model", null, Duration.ofSeconds(10), 3,
                LlmSettings.Provider.OPENAI, true);
        return ExtractionPipeline.standard(LIMITS, DETECTOR, settings).extract(damaged, "damaged.txt");
    }
}

package cn.nianbao.map.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

    @Test
    void offWithoutABaseUrl() {
        assertThat(LlmSettings.from(Map.of("NIANBAO_LLM_MODEL", "qwen2.5:7b")::get)).isEmpty();
    }

    @Test
    void readsEverySettingAndDefaultsTheRest() {
        LlmSettings ollama = LlmSettings.from(Map.of("NIANBAO_LLM_BASE_URL", "http://127.0.0.1:11434/",
                "NIANBAO_LLM_MODEL", "qwen2.5:7b", "NIANBAO_LLM_PROVIDER", "ollama")::get).orElseThrow();
        assertThat(ollama.baseUrl()).as("the native API, at Ollama's root").isEqualTo("http://127.0.0.1:11434");
        assertThat(ollama.provider()).isEqualTo(LlmSettings.Provider.OLLAMA);
        assertThat(ollama.timeout()).isEqualTo(LlmSettings.DEFAULT_TIMEOUT);
        assertThat(ollama.maxCalls()).isEqualTo(LlmSettings.DEFAULT_MAX_CALLS);
        assertThat(ollama.jsonSchema()).isTrue();

        LlmSettings deepseek = LlmSettings.from(Map.of("NIANBAO_LLM_BASE_URL", "https://api.deepseek.com/v1",
                "NIANBAO_LLM_MODEL", "deepseek-chat", "NIANBAO_LLM_API_KEY", "sk-x", "NIANBAO_LLM_TIMEOUT_SECONDS", "20",
                "NIANBAO_LLM_MAX_CALLS", "1", "NIANBAO_LLM_JSON_SCHEMA", "false")::get).orElseThrow();
        assertThat(deepseek.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(deepseek.maxCalls()).isEqualTo(1);
        assertThat(deepseek.apiKey()).isEqualTo("sk-x");
        assertThat(deepseek.jsonSchema()).isFalse();
    }

    @Test
    void ollamasNativeApiIsAtItsRootEvenWhenGivenItsV1() {
        LlmSettings ollama = LlmSettings.from(Map.of("NIANBAO_LLM_BASE_URL", "http://127.0.0.1:11434/v1/",
                "NIANBAO_LLM_MODEL", "qwen2.5:7b", "NIANBAO_LLM_PROVIDER", "ollama")::get).orElseThrow();
        assertThat(ollama.baseUrl()).isEqualTo("http://127.0.0.1:11434");
        LlmSettings openAi = LlmSettings.from(Map.of("NIANBAO_LLM_BASE_URL", "http://127.0.0.1:11434/v1",
                "NIANBAO_LLM_MODEL", "qwen2.5:7b")::get).orElseThrow();
        assertThat(openAi.provider()).isEqualTo(LlmSettings.Provider.OPENAI);
        assertThat(openAi.baseUrl()).isEqualTo("http://127.0.0.1:11434/v1");
    }

    @Test
    void aBaseUrlWithoutAModelIsAMistakeSaidAloud() {
        assertThatThrownBy(() -> LlmSettings.from(Map.of("NIANBAO_LLM_BASE_URL", "http://127.0.0.1:1/v1")::get))
                .hasMessageContaining("NIANBAO_LLM_MODEL");
    }
}

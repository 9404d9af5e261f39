package cn.nianbao.map.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where LLM-assisted mapping sends its questions. Off unless a base URL is given: without one, Nianbao
 * never talks to a model.
 *
 * @param baseUrl for {@link Provider#OPENAI}, an OpenAI-compatible endpoint ending in /v1 (DeepSeek, DashScope,
 *                vLLM, Ollama's /v1, LM Studio); for {@link Provider#OLLAMA}, Ollama itself
 *                (http://127.0.0.1:11434; a trailing /v1 is dropped)
 * @param apiKey may be empty for local servers; not sent to Ollama's native API
 * @param maxCalls chat calls allowed per document (cached replies do not count)
 * @param jsonSchema whether to ask for structured output by JSON schema; endpoints that only know JSON mode
 *                   get {@code response_format: json_object} instead
 */
public record LlmSettings(String baseUrl, String model, String apiKey, Duration timeout, int maxCalls,
                          Provider provider, boolean jsonSchema) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_CALLS = 3;

    /** The protocol: OpenAI's chat completions, or Ollama's native /api/chat. */
    public enum Provider { OPENAI, OLLAMA }

    public LlmSettings {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("NIANBAO_LLM_MODEL is required when NIANBAO_LLM_BASE_URL is set");
        }
        if (timeout.isNegative() || timeout.isZero() || maxCalls < 0) {
            throw new IllegalArgumentException("LLM timeout must be positive and max calls not negative");
        }
        apiKey = apiKey == null || apiKey.isBlank() ? "none" : apiKey;
        if (provider == Provider.OLLAMA) {
            baseUrl = baseUrl.replaceAll("/+$", "").replaceAll("/v1$", "");
        }
    }

    /** From the environment (NIANBAO_LLM_*), or the same names as system properties (nianbao.llm.base-url …). */
    public static Optional<LlmSettings> fromEnvironment() {
        return from(name -> {
            String value = System.getenv(name);
            return value != null ? value
                    : System.getProperty(name.toLowerCase(Locale.ROOT).replace("nianbao_llm_", "nianbao.llm.")
                            .replace('_', '-'));
        });
    }

    static Optional<LlmSettings> from(UnaryOperator<String> lookup) {
        String baseUrl = lookup.apply("NIANBAO_LLM_BASE_URL");
        if (baseUrl == null || baseUrl.isBlank()) {
            return Optional.empty();
        }
        String provider = orElse(lookup.apply("NIANBAO_LLM_PROVIDER"), "openai");
        return Optional.of(new LlmSettings(baseUrl.strip(), lookup.apply("NIANBAO_LLM_MODEL"),
                lookup.apply("NIANBAO_LLM_API_KEY"),
                Duration.ofSeconds(number(lookup, "NIANBAO_LLM_TIMEOUT_SECONDS", (int) DEFAULT_TIMEOUT.toSeconds())),
                number(lookup, "NIANBAO_LLM_MAX_CALLS", DEFAULT_MAX_CALLS),
                Provider.valueOf(provider.strip().toUpperCase(Locale.ROOT)),
                !"false".equalsIgnoreCase(orElse(lookup.apply("NIANBAO_LLM_JSON_SCHEMA"), "true"))));
    }

    private static int number(UnaryOperator<String> lookup, String name, int otherwise) {
        String value = lookup.apply(name);
        try {
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
        }
    }

    private static String orElse(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}

package cn.nianbao.map.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;

/**
 * Ollama's native API (POST /api/chat, not streamed): the JSON schema goes as its {@code format}, and its
 * {@code prompt_eval_count} and {@code eval_count} are the tokens counted.
 */
record OllamaChat(ChatModel model, boolean jsonSchema) implements LlmChat {

    static OllamaChat connect(LlmSettings settings) {
        // No retries, as for OpenAiChat. Ollama takes no API key: one set is not sent.
        return new OllamaChat(OllamaChatModel.builder()
                .baseUrl(settings.baseUrl())
                .defaultRequestParameters(LlmChat.parameters(settings))
                .timeout(settings.timeout()).maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .build(), settings.jsonSchema());
    }
}

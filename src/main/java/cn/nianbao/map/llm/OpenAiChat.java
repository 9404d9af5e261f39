package cn.nianbao.map.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Any OpenAI-compatible chat-completions endpoint (DeepSeek, DashScope, vLLM, Ollama's /v1, LM Studio). */
record OpenAiChat(ChatModel model, boolean jsonSchema) implements LlmChat {

    static OpenAiChat connect(LlmSettings settings) {
        // No retries: a retried timeout doubles the wait and the cost, and the heuristic result stands anyway.
        // The schema is not strict: OpenAI's strict mode would make every open cell required, i.e. force guesses.
        return new OpenAiChat(OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl()).apiKey(settings.apiKey())
                .defaultRequestParameters(LlmChat.parameters(settings))
                .timeout(settings.timeout()).maxRetries(0)
                .strictJsonSchema(false).supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .build(), settings.jsonSchema());
    }
}

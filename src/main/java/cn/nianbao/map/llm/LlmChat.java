package cn.nianbao.map.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

/**
 * The one place that talks to the endpoint: one implementation per protocol, both through langchain4j
 * ({@link OpenAiChat} for OpenAI-compatible endpoints, {@link OllamaChat} for Ollama's native /api/chat).
 */
interface LlmChat {

    /** The client for the configured provider. */
    static LlmChat of(LlmSettings settings) {
        return switch (settings.provider()) {
            case OPENAI -> OpenAiChat.connect(settings);
            case OLLAMA -> OllamaChat.connect(settings);
        };
    }

    /** What both protocols are asked with: the configured model, at temperature 0. */
    static ChatRequestParameters parameters(LlmSettings settings) {
        return ChatRequestParameters.builder().modelName(settings.model()).temperature(0.0).build();
    }

    /** langchain4j's client for the protocol, built without retries. */
    ChatModel model();

    /** Whether to ask for structured output by JSON schema, or only for JSON. */
    boolean jsonSchema();

    /**
     * Asks once, as both protocols ask: system and user message, structured output by the prompt's JSON
     * schema (or plain JSON mode); the tokens are whatever the endpoint counted (0 when it did not say).
     * Throws whatever the client throws (timeout, HTTP error), for the caller to log and ignore.
     */
    default ChatReply ask(MappingPrompt prompt) {
        ResponseFormat format = jsonSchema()
                ? ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(prompt.schema()).build()
                : ResponseFormat.JSON;
        ChatResponse response = model().chat(ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                .responseFormat(format)
                .build());
        TokenUsage usage = response.tokenUsage();
        long tokens = usage == null || usage.totalTokenCount() == null ? 0 : usage.totalTokenCount();
        return new ChatReply(response.aiMessage().text(), tokens);
    }
}

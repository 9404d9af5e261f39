package cn.nianbao.map.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;

/** The one place that talks to the endpoint, through langchain4j's OpenAI-compatible client. */
final class LlmChat {
    private final OpenAiChatModel model;
    private final boolean jsonSchema;

    LlmChat(LlmSettings settings) {
        this.jsonSchema = settings.jsonSchema();
        // No retries: a retried timeout doubles the wait and the cost, and the heuristic result stands anyway.
        // The schema is not strict: OpenAI's strict mode would make every open cell required, i.e. force guesses.
        this.model = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .temperature(0.0)
                .strictJsonSchema(false)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .build();
    }

    /** Asks once; throws whatever the client throws (timeout, HTTP error), for the caller to log and ignore. */
    ChatReply ask(MappingPrompt prompt) {
        ResponseFormat format = jsonSchema
                ? ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(prompt.schema()).build()
                : ResponseFormat.JSON;
        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                .responseFormat(format)
                .build());
        TokenUsage usage = response.tokenUsage();
        long tokens = usage == null || usage.totalTokenCount() == null ? 0 : usage.totalTokenCount();
        return new ChatReply(response.aiMessage().text(), tokens);
    }
}

package cn.nianbao.result;

/**
 * What LLM-assisted mapping cost for one report: chat calls made (a cached reply is no call) and the
 * tokens they used, as the endpoint reported them.
 */
public record LlmUsage(int calls, long tokens, int cached) {
    public static final LlmUsage NONE = new LlmUsage(0, 0, 0);

    public LlmUsage plusCall(long moreTokens) {
        return new LlmUsage(calls + 1, tokens + moreTokens, cached);
    }

    /** Both costs together; null stands for no LLM consulted. */
    public static LlmUsage sum(LlmUsage a, LlmUsage b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new LlmUsage(a.calls + b.calls, a.tokens + b.tokens, a.cached + b.cached);
    }

    public LlmUsage plusCached() {
        return new LlmUsage(calls, tokens, cached + 1);
    }
}

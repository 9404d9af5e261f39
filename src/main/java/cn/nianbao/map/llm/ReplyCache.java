package cn.nianbao.map.llm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Replies already paid for, by SHA-256 of model and prompt, least recently used dropped first. In memory
 * only: the same damaged table uploaded again (or a rerun) costs nothing.
 */
final class ReplyCache {
    private final Map<String, ChatReply> replies;

    ReplyCache(int capacity) {
        this.replies = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ChatReply> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<ChatReply> get(String key) {
        return Optional.ofNullable(replies.get(key));
    }

    synchronized void put(String key, ChatReply reply) {
        replies.put(key, reply);
    }
}

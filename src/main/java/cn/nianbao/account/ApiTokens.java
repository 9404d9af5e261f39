package cn.nianbao.account;

import cn.nianbao.pipeline.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * API tokens: 32 random bytes, shown once when created and kept only as their SHA-256 (a token is as good as a
 * password, and random enough that a fast hash suffices). Each belongs to one account and acts as it.
 */
@Service
public class ApiTokens {
    /** Tokens start with this, so that a leaked one is recognisable (and secret scanners can find it). */
    public static final String PREFIX = "nbt_";
    private static final int BYTES = 32;
    private static final int MAX_LABEL = 100;
    /** last_used_at is written at most this often per token, not on every call. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenStore tokens;
    private final AccountStore accounts;

    public ApiTokens(ApiTokenStore tokens, AccountStore accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    public IssuedToken issue(String username, String label) {
        String owner = Usernames.normalize(username);
        if (accounts.find(owner).isEmpty()) {
            throw new AccountRefused("没有这个账户：" + owner);
        }
        String name = label == null || label.isBlank() ? "API" : label.strip();
        if (name.length() > MAX_LABEL) {
            throw new AccountRefused("令牌名称最多 " + MAX_LABEL + " 个字符。");
        }
        byte[] secret = new byte[BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken info = new ApiToken(UUID.randomUUID(), name, Instant.now(), null);
        tokens.insert(owner, hash(token), info);
        return new IssuedToken(info, token);
    }

    /** False when the account has no such token (already revoked, or someone else's). */
    public boolean revoke(String username, UUID id) {
        return tokens.delete(id, Usernames.normalize(username));
    }

    public List<ApiToken> of(String username) {
        return tokens.of(Usernames.normalize(username));
    }

    /** The account a token belongs to, whatever its state (the caller checks enabled); notes the use. */
    public Optional<Account> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByHash(hash(token)).flatMap(found -> {
            Instant now = Instant.now();
            Instant last = found.token().lastUsedAt();
            if (last == null || last.isBefore(now.minus(TOUCH_EVERY))) {
                tokens.touch(found.token().id(), now);
            }
            return accounts.find(found.username());
        });
    }

    /** What api_token.token_hash holds: the SHA-256 of the token's text, as hex. */
    public static String hash(String token) {
        return Hashes.sha256(token.getBytes(StandardCharsets.UTF_8));
    }
}

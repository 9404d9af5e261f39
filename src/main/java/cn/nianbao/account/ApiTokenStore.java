package cn.nianbao.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The api_token table: tokens by the SHA-256 of their text (plain SQL for H2 and PostgreSQL). */
@Repository
public class ApiTokenStore {
    private static final String COLUMNS = "id, label, created_at, last_used_at";

    /** The token with this hash and whose it is. */
    public record Found(ApiToken token, String username) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public ApiTokenStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String username, String tokenHash, ApiToken token) {
        jdbc.update("INSERT INTO api_token (id, username, token_hash, label, created_at)"
                        + " VALUES (:id, :username, :hash, :label, :at)",
                new MapSqlParameterSource("id", token.id()).addValue("username", username)
                        .addValue("hash", tokenHash).addValue("label", token.label())
                        .addValue("at", Timestamp.from(token.createdAt())));
    }

    public Optional<Found> findByHash(String tokenHash) {
        return jdbc.query("SELECT " + COLUMNS + ", username FROM api_token WHERE token_hash = :hash",
                Map.of("hash", tokenHash), (rs, n) -> new Found(token(rs, n), rs.getString("username")))
                .stream().findFirst();
    }

    public List<ApiToken> of(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE username = :username ORDER BY created_at",
                Map.of("username", username), ApiTokenStore::token);
    }

    /** Deletes the token if it is this account's; false if there is no such token of theirs. */
    public boolean delete(UUID id, String username) {
        return jdbc.update("DELETE FROM api_token WHERE id = :id AND username = :username",
                Map.of("id", id, "username", username)) == 1;
    }

    public void touch(UUID id, Instant at) {
        jdbc.update("UPDATE api_token SET last_used_at = :at WHERE id = :id",
                Map.of("at", Timestamp.from(at), "id", id));
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        Timestamp lastUsed = rs.getTimestamp("last_used_at");
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("label"),
                rs.getTimestamp("created_at").toInstant(), lastUsed == null ? null : lastUsed.toInstant());
    }
}

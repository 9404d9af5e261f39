package cn.nianbao.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The account table (plain SQL for H2 and PostgreSQL). */
@Repository
public class AccountStore {
    private static final String COLUMNS = "username, display_name, role, enabled, must_change_password, created_at,"
            + " created_by";

    private final NamedParameterJdbcTemplate jdbc;

    public AccountStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails with DuplicateKeyException when the username is taken. */
    public void insert(Account account, String passwordHash) {
        jdbc.update("INSERT INTO account (username, display_name, password_hash, role, enabled, must_change_password,"
                        + " created_at, created_by) VALUES (:username, :display, :hash, :role, :enabled, :mustChange,"
                        + " :at, :by)",
                new MapSqlParameterSource("username", account.username()).addValue("display", account.displayName())
                        .addValue("hash", passwordHash).addValue("role", account.role().id())
                        .addValue("enabled", account.enabled()).addValue("mustChange", account.mustChangePassword())
                        .addValue("at", Timestamp.from(account.createdAt())).addValue("by", account.createdBy()));
    }

    public Optional<Account> find(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM account WHERE username = :username",
                Map.of("username", username), AccountStore::account).stream().findFirst();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.query("SELECT password_hash FROM account WHERE username = :username",
                Map.of("username", username), (rs, n) -> rs.getString(1)).stream().findFirst();
    }

    public List<Account> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM account ORDER BY username", Map.of(), AccountStore::account);
    }

    public boolean isEmpty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM account", Map.of(), Long.class) == 0;
    }

    public boolean setPassword(String username, String passwordHash, boolean mustChange) {
        return jdbc.update("UPDATE account SET password_hash = :hash, must_change_password = :mustChange"
                        + " WHERE username = :username",
                Map.of("hash", passwordHash, "mustChange", mustChange, "username", username)) == 1;
    }

    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.update("UPDATE account SET enabled = :enabled WHERE username = :username",
                Map.of("enabled", enabled, "username", username)) == 1;
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getString("username"), rs.getString("display_name"),
                Role.parse(rs.getString("role")).orElseThrow(), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}

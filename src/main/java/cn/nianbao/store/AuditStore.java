package cn.nianbao.store;

import cn.nianbao.review.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit trail: appended to, never changed. */
@Repository
public class AuditStore {
    private static final int MAX_REASON = 2000;
    private static final String COLUMNS = "a.id, a.report_id, a.at, a.actor, a.action, a.cell_key, a.old_value,"
            + " a.old_state, a.new_value, a.new_state, a.reason";

    private final NamedParameterJdbcTemplate jdbc;

    public AuditStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void cellChanged(UUID report, String actor, String key, String oldValue, String oldState, String newValue,
                            String newState, String reason) {
        insert(report, actor, AuditEntry.CELL, key, oldValue, oldState, newValue, newState, reason);
    }

    public void statusChanged(UUID report, String actor, String oldStatus, String newStatus, String reason) {
        insert(report, actor, AuditEntry.STATUS, null, oldStatus, null, newStatus, null, reason);
    }

    /** A report's trail, oldest first. */
    public List<AuditEntry> forReport(UUID report) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry a WHERE a.report_id = :id ORDER BY a.id",
                Map.of("id", report), AuditStore::entry);
    }

    /** The trail of every report the filter matches, report by report, a page at a time. */
    public Iterable<AuditEntry> forReports(ReportFilter filter) {
        int pageSize = 500;
        return () -> new PagedIterator<>(page -> {
            MapSqlParameterSource params = new MapSqlParameterSource();
            String where = ReportStore.where(filter, params);
            params.addValue("limit", pageSize).addValue("offset", (long) page * pageSize);
            return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry a JOIN report r ON r.id = a.report_id" + where
                    + " ORDER BY r.created_at, r.id, a.id LIMIT :limit OFFSET :offset", params, AuditStore::entry);
        });
    }

    private void insert(UUID report, String actor, String action, String key, String oldValue, String oldState,
                        String newValue, String newState, String reason) {
        jdbc.update("INSERT INTO audit_entry (report_id, at, actor, action, cell_key, old_value, old_state, new_value,"
                        + " new_state, reason) VALUES (:report, :at, :actor, :action, :key, :oldValue, :oldState,"
                        + " :newValue, :newState, :reason)",
                new MapSqlParameterSource("report", report).addValue("at", Timestamp.from(Instant.now()))
                        .addValue("actor", actor).addValue("action", action).addValue("key", key)
                        .addValue("oldValue", oldValue).addValue("oldState", oldState).addValue("newValue", newValue)
                        .addValue("newState", newState).addValue("reason", clip(reason)));
    }

    private static String clip(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("report_id", UUID.class),
                rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getString("cell_key"), rs.getString("old_value"), rs.getString("old_state"),
                rs.getString("new_value"), rs.getString("new_state"), rs.getString("reason"));
    }
}

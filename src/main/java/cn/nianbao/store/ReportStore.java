package cn.nianbao.store;

import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The reports table, their original bytes and their findings' rule ids (plain SQL for H2 and PostgreSQL). */
@Repository
public class ReportStore {
    private static final String COLUMNS = "r.id, r.sha256, r.file_name, r.media_type, r.size_bytes, r.received_by, "
            + "r.status, r.error, r.organ, r.report_year, r.form_version, r.attempts, r.created_at, r.updated_at";
    private static final int MAX_ERROR = 4000;

    private final NamedParameterJdbcTemplate jdbc;

    public ReportStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the report and its bytes together; a second copy of the same bytes fails on sha256. */
    @Transactional
    public void insert(NewReport report) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO report (id, sha256, file_name, media_type, size_bytes, received_by, status, attempts,"
                        + " created_at, updated_at) VALUES (:id, :sha, :file, :media, :size, :by, :status, 0, :now, :now)",
                new MapSqlParameterSource().addValue("id", report.id()).addValue("sha", report.sha256())
                        .addValue("file", report.fileName()).addValue("media", report.mediaType())
                        .addValue("size", (long) report.content().length).addValue("by", report.receivedBy())
                        .addValue("status", ReportStatus.QUEUED.id()).addValue("now", now));
        jdbc.update("INSERT INTO report_file (report_id, content) VALUES (:id, :content)",
                new MapSqlParameterSource("id", report.id()).addValue("content", report.content()));
    }

    public Optional<ReportRecord> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM report r WHERE r.id = :id", Map.of("id", id), ReportStore::record)
                .stream().findFirst();
    }

    public Optional<ReportRecord> findBySha256(String sha256) {
        return jdbc.query("SELECT " + COLUMNS + " FROM report r WHERE r.sha256 = :sha", Map.of("sha", sha256),
                ReportStore::record).stream().findFirst();
    }

    public Optional<String> resultJson(UUID id) {
        return jdbc.query("SELECT result_json FROM report WHERE id = :id", Map.of("id", id),
                (rs, n) -> rs.getString(1)).stream().filter(json -> json != null).findFirst();
    }

    /** The reports of one organ for one year that have a result (for the carry_over_chain check). */
    public List<UUID> withResult(String organ, int year) {
        return jdbc.query("SELECT id FROM report WHERE organ = :organ AND report_year = :year AND result_json IS NOT NULL"
                        + " ORDER BY created_at", Map.of("organ", organ, "year", year),
                (rs, n) -> rs.getObject(1, UUID.class));
    }

    public Optional<StoredFile> file(UUID id) {
        return jdbc.query("SELECT r.file_name, r.media_type, f.content FROM report r JOIN report_file f"
                        + " ON f.report_id = r.id WHERE r.id = :id", Map.of("id", id),
                (rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).stream().findFirst();
    }

    /** A worker took the report: status processing, one more attempt. */
    public void markProcessing(UUID id) {
        jdbc.update("UPDATE report SET status = :status, attempts = attempts + 1, updated_at = :now WHERE id = :id",
                Map.of("status", ReportStatus.PROCESSING.id(), "now", Timestamp.from(Instant.now()), "id", id));
    }

    /** The extractor's outcome: status, metadata, result JSON and the findings' rules, replacing earlier ones. */
    @Transactional
    public void saveResult(UUID id, ExtractionResult result, String json) {
        ReportStatus status = ReportStatus.parse(result.status()).orElse(ReportStatus.FAILED);
        MapSqlParameterSource params = new MapSqlParameterSource("id", id)
                .addValue("status", status.id()).addValue("error", clip(result.error()))
                .addValue("organ", result.report() == null ? null : result.report().organ())
                .addValue("year", result.report() == null ? null : result.report().year())
                .addValue("version", result.report() == null ? null : result.report().version())
                .addValue("json", json).addValue("now", Timestamp.from(Instant.now()));
        jdbc.update("UPDATE report SET status = :status, error = :error, organ = :organ, report_year = :year,"
                + " form_version = :version, result_json = :json, updated_at = :now WHERE id = :id", params);
        jdbc.update("DELETE FROM report_rule WHERE report_id = :id", Map.of("id", id));
        for (String rule : new TreeSet<>(result.findings().stream().map(Finding::rule).toList())) {
            jdbc.update("INSERT INTO report_rule (report_id, rule) VALUES (:id, :rule)", Map.of("id", id, "rule", rule));
        }
    }

    /** The job gave up (retries exhausted): the report is failed with the reason. */
    public void markFailed(UUID id, String error) {
        jdbc.update("UPDATE report SET status = :status, error = :error, updated_at = :now WHERE id = :id",
                Map.of("status", ReportStatus.FAILED.id(), "error", clip(error), "now", Timestamp.from(Instant.now()),
                        "id", id));
    }

    public ReportPage list(ReportFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (filter.status() != null) {
            where.append(" AND r.status = :status");
            params.addValue("status", filter.status().id());
        }
        if (filter.organ() != null) {
            where.append(" AND r.organ = :organ");
            params.addValue("organ", filter.organ());
        }
        if (filter.year() != null) {
            where.append(" AND r.report_year = :year");
            params.addValue("year", filter.year());
        }
        if (filter.rule() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM report_rule x WHERE x.report_id = r.id AND x.rule = :rule)");
            params.addValue("rule", filter.rule());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM report r" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<ReportRecord> items = jdbc.query("SELECT " + COLUMNS + " FROM report r" + where
                + " ORDER BY r.created_at DESC, r.id LIMIT :limit OFFSET :offset", params, ReportStore::record);
        return new ReportPage(items, page, size, total == null ? 0 : total);
    }

    /** Reports waiting or being extracted: the queue's length. */
    public long countActive() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE status IN (:active)",
                Map.of("active", List.of(ReportStatus.QUEUED.id(), ReportStatus.PROCESSING.id())), Long.class);
        return n == null ? 0 : n;
    }

    public Map<ReportStatus, Long> countByStatus() {
        Map<ReportStatus, Long> counts = new LinkedHashMap<>();
        for (ReportStatus status : ReportStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("SELECT status, COUNT(*) FROM report GROUP BY status", rs -> {
            long n = rs.getLong(2);
            ReportStatus.parse(rs.getString(1)).ifPresent(s -> counts.put(s, n));
        });
        return counts;
    }

    private static String clip(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static ReportRecord record(ResultSet rs, int row) throws SQLException {
        return new ReportRecord(rs.getObject("id", UUID.class), rs.getString("sha256"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("received_by"),
                ReportStatus.parse(rs.getString("status")).orElse(ReportStatus.FAILED), rs.getString("error"),
                rs.getString("organ"), (Integer) rs.getObject("report_year"), rs.getString("form_version"),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

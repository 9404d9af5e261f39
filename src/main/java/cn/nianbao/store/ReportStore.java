package cn.nianbao.store;

import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
            + "r.status, r.error, r.organ, r.report_year, r.form_version, r.attempts, r.revision, r.read_method,"
            + " r.errors, r.warnings, r.notes, r.created_at, r.updated_at";
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

    /** What the checks knew beyond the cells, as stored with the result (JSON), if any. */
    public Optional<String> checkBasis(UUID id) {
        return jdbc.query("SELECT check_basis FROM report WHERE id = :id", Map.of("id", id),
                (rs, n) -> rs.getString(1)).stream().filter(json -> json != null).findFirst();
    }

    /**
     * Takes the next revision of a report for a reviewer's change, if it is still at the one the reviewer saw:
     * false means someone else changed it in between (or it is gone).
     */
    public boolean takeRevision(UUID id, int seen) {
        return jdbc.update("UPDATE report SET revision = revision + 1, updated_at = :now WHERE id = :id"
                + " AND revision = :seen", Map.of("id", id, "seen", seen, "now", Timestamp.from(Instant.now()))) == 1;
    }

    /** A reviewer's decision on the whole report (approved), without touching its result. */
    public void setStatus(UUID id, ReportStatus status) {
        jdbc.update("UPDATE report SET status = :status, updated_at = :now WHERE id = :id",
                Map.of("status", status.id(), "now", Timestamp.from(Instant.now()), "id", id));
    }

    /**
     * The extractor's outcome (or a recheck's): status, metadata, result JSON and the findings' rules, replacing
     * earlier ones; the check basis too when the result has one.
     */
    @Transactional
    public void saveResult(UUID id, ExtractionResult result, String json) {
        ReportStatus status = ReportStatus.parse(result.status()).orElse(ReportStatus.FAILED);
        MapSqlParameterSource params = new MapSqlParameterSource("id", id)
                .addValue("status", status.id()).addValue("error", clip(result.error()))
                .addValue("organ", result.report() == null ? null : result.report().organ())
                .addValue("year", result.report() == null ? null : result.report().year())
                .addValue("version", result.report() == null ? null : result.report().version())
                .addValue("json", json).addValue("now", Timestamp.from(Instant.now()))
                .addValue("method", result.source() == null ? null : result.source().method());
        FindingCounts counts = FindingCounts.of(result.findings());
        params.addValue("errors", counts.errors()).addValue("warnings", counts.warnings())
                .addValue("notes", counts.notes());
        // A new revision: a reviewer's page showing the findings before this save is out of date.
        jdbc.update("UPDATE report SET status = :status, error = :error, organ = :organ, report_year = :year,"
                + " form_version = :version, result_json = :json, revision = revision + 1, updated_at = :now,"
                + " read_method = :method, errors = :errors, warnings = :warnings, notes = :notes"
                + " WHERE id = :id", params);
        if (result.basis() != null) {
            jdbc.update("UPDATE report SET check_basis = :basis WHERE id = :id",
                    Map.of("id", id, "basis", CheckBasisJson.write(result.basis())));
        }
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
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM report r" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<ReportRecord> items = jdbc.query("SELECT " + COLUMNS + " FROM report r" + where
                + " ORDER BY r.created_at DESC, r.id LIMIT :limit OFFSET :offset", params, ReportStore::record);
        return new ReportPage(items, page, size, total == null ? 0 : total);
    }

    /**
     * Every report the filter matches with its result JSON (null before extraction), oldest first, fetched a
     * page at a time so that an export of thousands of reports holds one page in memory.
     */
    public Iterable<StoredResult> results(ReportFilter filter) {
        int pageSize = 200;
        return () -> new PagedIterator<>(page -> {
            MapSqlParameterSource params = new MapSqlParameterSource();
            String where = where(filter, params);
            params.addValue("limit", pageSize).addValue("offset", (long) page * pageSize);
            return jdbc.query("SELECT " + COLUMNS + ", r.result_json FROM report r" + where
                    + " ORDER BY r.created_at, r.id LIMIT :limit OFFSET :offset", params,
                    (rs, n) -> new StoredResult(record(rs, n), rs.getString("result_json")));
        });
    }

    static String where(ReportFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
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
        if (filter.text() != null) {
            where.append(" AND (LOWER(r.organ) LIKE :text ESCAPE '\\' OR LOWER(r.file_name) LIKE :text ESCAPE '\\')");
            params.addValue("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.batch() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM batch_report b WHERE b.report_id = r.id AND b.batch_id = :batch)");
            params.addValue("batch", filter.batch());
        }
        return where.toString();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
                rs.getInt("attempts"), rs.getInt("revision"), rs.getString("read_method"),
                new FindingCounts(rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("notes")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

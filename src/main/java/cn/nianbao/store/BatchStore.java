package cn.nianbao.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Batches: the reports of one upload or one inbox poll, so that their progress can be followed. */
@Repository
public class BatchStore {
    private final NamedParameterJdbcTemplate jdbc;

    public BatchStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a batch of reports already stored (a duplicate upload counts in the batch it came in again). */
    @Transactional
    public UUID create(String source, String createdBy, Collection<UUID> reports) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO batch (id, source, created_by, created_at) VALUES (:id, :source, :by, :now)",
                new MapSqlParameterSource("id", id).addValue("source", source).addValue("by", createdBy)
                        .addValue("now", Timestamp.from(Instant.now())));
        for (UUID report : new LinkedHashSet<>(reports)) {
            jdbc.update("INSERT INTO batch_report (batch_id, report_id) VALUES (:batch, :report)",
                    Map.of("batch", id, "report", report));
        }
        return id;
    }

    public Optional<BatchProgress> progress(UUID id) {
        return jdbc.query("SELECT id, source, created_by, created_at FROM batch WHERE id = :id", Map.of("id", id),
                (rs, n) -> new BatchProgress(rs.getObject("id", UUID.class), rs.getString("source"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), counts(id)))
                .stream().findFirst();
    }

    /** The newest batches first. */
    public List<BatchProgress> recent(int limit) {
        List<UUID> ids = jdbc.query("SELECT id FROM batch ORDER BY created_at DESC, id LIMIT :limit",
                Map.of("limit", limit), (rs, n) -> rs.getObject(1, UUID.class));
        return ids.stream().map(this::progress).flatMap(Optional::stream).toList();
    }

    /** The reports of a batch, as the list shows them. */
    public List<UUID> reports(UUID batch) {
        return jdbc.query("SELECT report_id FROM batch_report WHERE batch_id = :id", Map.of("id", batch),
                (rs, n) -> rs.getObject(1, UUID.class));
    }

    private Map<ReportStatus, Long> counts(UUID batch) {
        Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
        for (ReportStatus status : ReportStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("SELECT r.status, COUNT(*) FROM batch_report b JOIN report r ON r.id = b.report_id"
                + " WHERE b.batch_id = :id GROUP BY r.status", Map.of("id", batch), rs -> {
                    long n = rs.getLong(2);
                    ReportStatus.parse(rs.getString(1)).ifPresent(s -> counts.put(s, n));
                });
        return counts;
    }
}

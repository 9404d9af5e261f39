package cn.nianbao.review;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a report's audit trail: a cell changed by a reviewer, or the report's status changed.
 *
 * @param action {@link #CELL} or {@link #STATUS}
 * @param cellKey the cell's key, for cell changes
 * @param oldValue for a cell the value before (null when it had none); for a status the status before
 * @param oldState for a cell the state before (ok, missing, inferred, …)
 * @param newValue for a cell the value set; for a status the status after
 * @param newState for a cell the state after (corrected)
 * @param reason the reviewer's reason, or what the system did (extraction, recheck)
 */
public record AuditEntry(long id, UUID reportId, Instant at, String actor, String action, String cellKey,
                         String oldValue, String oldState, String newValue, String newState, String reason) {
    public static final String CELL = "cell";
    public static final String STATUS = "status";
}

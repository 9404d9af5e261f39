package cn.nianbao.api;

import cn.nianbao.result.Finding;
import cn.nianbao.review.ReviewOutcome;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a correction: the report's status and revision after it (the revision to send with the next
 * change) and the findings it made go away or brought up.
 */
public record CorrectionResult(UUID id, String status, int revision, List<Change> resolved, List<Change> raised) {

    /** A finding by its rule and message. */
    public record Change(String rule, String message) {
        static List<Change> of(List<Finding> findings) {
            return findings.stream().map(f -> new Change(f.rule(), f.message())).toList();
        }
    }

    static CorrectionResult of(UUID id, int revision, ReviewOutcome outcome) {
        return new CorrectionResult(id, outcome.result().status(), revision, Change.of(outcome.resolved()),
                Change.of(outcome.raised()));
    }
}

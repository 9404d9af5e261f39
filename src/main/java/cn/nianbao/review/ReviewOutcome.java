package cn.nianbao.review;

import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import java.util.List;

/**
 * What a reviewer's change did.
 *
 * @param result the report as stored now
 * @param resolved findings the change made go away
 * @param raised findings the change brought up
 */
public record ReviewOutcome(ExtractionResult result, List<Finding> resolved, List<Finding> raised) {

    static ReviewOutcome between(ExtractionResult before, ExtractionResult after) {
        List<Finding> resolved = before.findings().stream().filter(f -> !after.findings().contains(f)).toList();
        List<Finding> raised = after.findings().stream().filter(f -> !before.findings().contains(f)).toList();
        return new ReviewOutcome(after, resolved, raised);
    }
}

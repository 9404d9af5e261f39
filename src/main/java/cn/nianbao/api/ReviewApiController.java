package cn.nianbao.api;

import cn.nianbao.review.ReviewOutcome;
import cn.nianbao.review.ReviewService;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStore;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A reviewer's correction over the API: the same {@link ReviewService} action, audit and revision check as the UI's. */
@RestController
@RequestMapping("/api/reports/{id}/cells")
public class ReviewApiController {
    private final ReviewService review;
    private final ReportStore store;

    public ReviewApiController(ReviewService review, ReportStore store) {
        this.review = review;
        this.store = store;
    }

    @Operation(summary = "Correct one cell: {\"value\": \"5\", \"reason\": \"对照原件第 3 页\", \"revision\": N}",
            description = "revision is the report's revision the reviewer saw (GET /api/reports/{id}); a report"
                    + " changed since is refused with 409 and nothing is written. The change, its audit entry and"
                    + " the recheck are one transaction.")
    @PostMapping(value = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public CorrectionResult correct(@PathVariable UUID id, @PathVariable String key,
                                    @RequestBody CellCorrection correction, Principal principal) {
        if (correction.revision() == null || correction.value() == null) {
            throw new BadRequestException("bad_parameter", "请给出 value、reason 和看到的 revision。");
        }
        ReviewOutcome outcome = review.correct(id, correction.revision(), principal.getName(), key,
                correction.value(), correction.reason());
        int revision = store.find(id).map(ReportRecord::revision).orElse(correction.revision());
        return CorrectionResult.of(id, revision, outcome);
    }
}

package cn.nianbao.review;

import cn.nianbao.check.CheckBasis;
import cn.nianbao.config.CrashTestDelay;
import cn.nianbao.config.NianbaoProperties;
import cn.nianbao.jobs.CarryOverLinks;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.ResultJson;
import cn.nianbao.result.Severity;
import cn.nianbao.result.Suggestion;
import cn.nianbao.store.AuditStore;
import cn.nianbao.store.CheckBasisJson;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's actions on a report: correct a cell, confirm an inferred value, accept a repair suggestion,
 * approve or reopen. Each one takes the report at the revision the reviewer saw (a report changed since is
 * refused, never overwritten), checks it again at once and writes the audit trail, all in one transaction.
 */
@Service
public class ReviewService {
    private static final String CONFIRMED = "确认按勾稽关系推定的数值";

    private final ReportStore reports;
    private final AuditStore audit;
    private final CarryOverLinks carryOver;
    private final Recheck recheck;
    private final Duration testDelay;

    public ReviewService(ReportStore reports, AuditStore audit, CarryOverLinks carryOver, Recheck recheck,
                         NianbaoProperties properties) {
        this.testDelay = properties.review().testDelay();
        this.reports = reports;
        this.audit = audit;
        this.carryOver = carryOver;
        this.recheck = recheck;
    }

    /** Sets a cell to the value the reviewer read in the source. */
    @Transactional
    public ReviewOutcome correct(UUID id, int revision, String actor, String key, String value, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewRefused(ReviewRefused.Kind.INVALID, "请填写修改理由（例如“对照原件第 3 页”）。");
        }
        return change(id, revision, actor, Map.of(key, ReviewedValue.parse(value)), reason.strip());
    }

    /** Takes the value the identities forced for a cell as it is. */
    @Transactional
    public ReviewOutcome confirmInferred(UUID id, int revision, String actor, String key) {
        Cell cell = cell(stored(id), key);
        if (!cell.hasValue() || cell.getState() != CellState.INFERRED) {
            throw new ReviewRefused(ReviewRefused.Kind.INVALID, "单元格 " + key + " 不是推定值，无需确认。");
        }
        return change(id, revision, actor, Map.of(key, cell.getValue()), CONFIRMED);
    }

    /** Takes every value the identities forced among a finding's cells (004's lost rows: one click, not 98). */
    @Transactional
    public ReviewOutcome confirmInferred(UUID id, int revision, String actor, int finding) {
        ExtractionResult result = stored(id);
        List<Finding> findings = result.findings();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (finding >= 0 && finding < findings.size()) {
            for (String key : findings.get(finding).cells()) {
                Cell cell = cell(result, key);
                if (cell.getState() == CellState.INFERRED && cell.hasValue()) {
                    values.put(key, cell.getValue());
                }
            }
        }
        if (values.isEmpty()) {
            throw new ReviewRefused(ReviewRefused.Kind.CONFLICT, "该问题没有待确认的推定值，或页面已过期，请刷新。");
        }
        return change(id, revision, actor, values, CONFIRMED);
    }

    /** Applies the repair a finding offers (the finding's position in the report's list, as the page showed it). */
    @Transactional
    public ReviewOutcome acceptSuggestion(UUID id, int revision, String actor, int finding) {
        List<Finding> findings = stored(id).findings();
        Suggestion suggestion = finding >= 0 && finding < findings.size() ? findings.get(finding).suggestion() : null;
        if (suggestion == null) {
            throw new ReviewRefused(ReviewRefused.Kind.CONFLICT, "该问题没有可采纳的修改建议，或页面已过期，请刷新。");
        }
        return change(id, revision, actor, new LinkedHashMap<>(suggestion.values()),
                "采纳修改建议：" + suggestion.message());
    }

    /** Marks the report approved: needs a reason while error findings remain. */
    @Transactional
    public void approve(UUID id, int revision, String actor, String reason) {
        ReportRecord record = reviewable(id);
        long errors = stored(id).findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        boolean overriding = errors > 0;
        if (overriding && (reason == null || reason.isBlank())) {
            throw new ReviewRefused(ReviewRefused.Kind.INVALID,
                    "仍有 " + errors + " 个错误未解决：如确需批准，请填写理由。");
        }
        take(id, revision);
        reports.setStatus(id, ReportStatus.APPROVED);
        String why = reason == null || reason.isBlank() ? "审核通过" : reason.strip();
        audit.statusChanged(id, actor, record.status().id(), ReportStatus.APPROVED.id(),
                overriding ? "带 " + errors + " 个错误批准：" + why : why);
    }

    /** Takes an approval back: the report needs review again (its findings decide between clean and needs_review). */
    @Transactional
    public void reopen(UUID id, int revision, String actor, String reason) {
        ReportRecord record = reviewable(id);
        if (record.status() != ReportStatus.APPROVED) {
            throw new ReviewRefused(ReviewRefused.Kind.INVALID, "报告尚未批准，无需撤销。");
        }
        take(id, revision);
        ReportStatus status = ReportStatus.parse(stored(id).status()).orElse(ReportStatus.NEEDS_REVIEW);
        reports.setStatus(id, status);
        audit.statusChanged(id, actor, record.status().id(), status.id(),
                reason == null || reason.isBlank() ? "撤销批准" : reason.strip());
    }

    private ReviewOutcome change(UUID id, int revision, String actor, Map<String, BigDecimal> values, String reason) {
        ReportRecord record = reviewable(id);
        ExtractionResult before = stored(id);
        take(id, revision);
        List<Cell> cells = before.cells().stream().map(Cell::copy).toList();
        ExtractionResult edited = new ExtractionResult(before.source(), before.report(), cells, before.extras(),
                before.findings(), before.status(), before.error(), null, before.llm());
        values.forEach((key, value) -> {
            Cell cell = cell(edited, key);
            String oldValue = cell.hasValue() ? cell.getValue().toPlainString() : null;
            String oldState = cell.getState().id();
            cell.correct(value);
            audit.cellChanged(id, actor, key, oldValue, oldState, value.toPlainString(), cell.getState().id(), reason);
        });
        CheckBasis basis = reports.checkBasis(id).map(CheckBasisJson::read).orElse(null);
        ExtractionResult after = carryOver.save(id, recheck.run(edited, basis));
        if (!after.status().equals(record.status().id())) {
            audit.statusChanged(id, actor, record.status().id(), after.status(), "修改单元格后重新核查");
        }
        // 0 in use: every write is done and not yet committed, where a crash test kills the service.
        CrashTestDelay.pause(testDelay, "nianbao.review.test-delay, report " + id);
        return ReviewOutcome.between(before, after);
    }

    private ReportRecord reviewable(UUID id) {
        ReportRecord record = reports.find(id)
                .orElseThrow(() -> new ReviewRefused(ReviewRefused.Kind.NOT_FOUND, "没有这个报告：" + id));
        if (!record.status().finished() || record.status() == ReportStatus.FAILED) {
            throw new ReviewRefused(ReviewRefused.Kind.INVALID, "报告" + (record.status() == ReportStatus.FAILED
                    ? "处理失败，没有可审核的数据。" : "尚未处理完，请稍后再审核。"));
        }
        return record;
    }

    private ExtractionResult stored(UUID id) {
        return reports.resultJson(id).map(ResultJson::read)
                .orElseThrow(() -> new ReviewRefused(ReviewRefused.Kind.NOT_FOUND, "报告没有提取结果：" + id));
    }

    private void take(UUID id, int revision) {
        if (!reports.takeRevision(id, revision)) {
            throw new ReviewRefused(ReviewRefused.Kind.CONFLICT, "报告已被他人修改或重新核查，请刷新页面后再操作。");
        }
    }

    private static Cell cell(ExtractionResult result, String key) {
        return result.cells().stream().filter(c -> c.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new ReviewRefused(ReviewRefused.Kind.INVALID, "报告中没有单元格 " + key + "。"));
    }
}

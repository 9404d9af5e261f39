package cn.nianbao.jobs;

import cn.nianbao.check.CarryOverChain;
import cn.nianbao.pipeline.Status;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.ReportMeta;
import cn.nianbao.result.ResultJson;
import cn.nianbao.store.AuditStore;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps the carry_over_chain findings of stored reports up to date: when a report of an organ arrives (or
 * changes), it and the same organ's reports of the year before and after are checked against each other
 * again, and their stored results and statuses updated. Approved and failed reports keep their status.
 */
@Component
public class CarryOverLinks {
    private final ReportStore store;
    private final AuditStore audit;

    public CarryOverLinks(ReportStore store, AuditStore audit) {
        this.store = store;
        this.audit = audit;
    }

    /**
     * Stores a fresh result with its carry_over_chain findings, then updates the same organ's reports of the
     * year before and after, whose findings it may change.
     *
     * @return the result as stored, with its carry_over_chain findings
     */
    public ExtractionResult save(UUID id, ExtractionResult result) {
        ReportMeta meta = result.report();
        if (meta == null || meta.organ() == null || meta.year() == null) {
            store.saveResult(id, result, ResultJson.write(result));
            return result;
        }
        List<UUID> before = others(meta.organ(), meta.year() - 1, id);
        List<UUID> after = others(meta.organ(), meta.year() + 1, id);
        List<Finding> findings = new ArrayList<>(result.findings());
        first(before).ifPresent(earlier -> findings.addAll(CarryOverChain.forLater(earlier, result)));
        first(after).ifPresent(later -> findings.addAll(CarryOverChain.forEarlier(result, later)));
        ExtractionResult linked = result.with(findings, Status.of(findings, result.cells()));
        store.saveResult(id, linked, ResultJson.write(linked));
        before.forEach(this::refresh);
        after.forEach(this::refresh);
        return linked;
    }

    private List<UUID> others(String organ, int year, UUID self) {
        return store.withResult(organ, year).stream().filter(other -> !other.equals(self)).toList();
    }

    private Optional<ExtractionResult> first(List<UUID> reports) {
        return reports.stream().findFirst().flatMap(store::resultJson).map(ResultJson::read);
    }

    /** Replaces one report's carry_over_chain findings by those its neighbouring years give now. */
    private void refresh(UUID id) {
        ReportRecord report = store.find(id).orElse(null);
        ExtractionResult self = store.resultJson(id).map(ResultJson::read).orElse(null);
        if (report == null || self == null || report.organ() == null || report.year() == null) {
            return;
        }
        List<Finding> findings = new ArrayList<>(self.findings().stream()
                .filter(f -> !f.rule().equals(CarryOverChain.RULE)).toList());
        neighbour(report.organ(), report.year() - 1).ifPresent(before -> findings.addAll(CarryOverChain.forLater(before, self)));
        neighbour(report.organ(), report.year() + 1).ifPresent(after -> findings.addAll(CarryOverChain.forEarlier(self, after)));
        String status = report.status() == ReportStatus.APPROVED || report.status() == ReportStatus.FAILED
                ? report.status().id() : Status.of(findings, self.cells());
        ExtractionResult updated = self.with(findings, status);
        store.saveResult(id, updated, ResultJson.write(updated));
        if (!status.equals(report.status().id())) {
            audit.statusChanged(id, ExtractionWorker.SYSTEM, report.status().id(), status,
                    "同一机关相邻年度的报告有变化，重新核对结转");
        }
    }

    /** The same organ's report of that year, if one is stored (the first received, when several are). */
    private Optional<ExtractionResult> neighbour(String organ, int year) {
        return store.withResult(organ, year).stream().findFirst().flatMap(store::resultJson).map(ResultJson::read);
    }
}

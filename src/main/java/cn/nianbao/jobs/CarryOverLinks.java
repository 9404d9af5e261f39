package cn.nianbao.jobs;

import cn.nianbao.check.CarryOverChain;
import cn.nianbao.pipeline.Status;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.ReportMeta;
import cn.nianbao.result.ResultJson;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
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
    private static final ObjectMapper JSON = ResultJson.mapper();

    private final ReportStore store;

    public CarryOverLinks(ReportStore store) {
        this.store = store;
    }

    /**
     * Stores a fresh result with its carry_over_chain findings, then updates the same organ's reports of the
     * year before and after, whose findings it may change.
     */
    public void save(UUID id, ExtractionResult result) {
        ReportMeta meta = result.report();
        if (meta == null || meta.organ() == null || meta.year() == null) {
            store.saveResult(id, result, ResultJson.write(result));
            return;
        }
        List<UUID> before = others(meta.organ(), meta.year() - 1, id);
        List<UUID> after = others(meta.organ(), meta.year() + 1, id);
        List<Finding> findings = new ArrayList<>(result.findings());
        first(before).ifPresent(earlier -> findings.addAll(CarryOverChain.forLater(earlier, result)));
        first(after).ifPresent(later -> findings.addAll(CarryOverChain.forEarlier(result, later)));
        ExtractionResult linked = new ExtractionResult(result.source(), meta, result.cells(), result.extras(), findings,
                Status.of(findings, result.cells()), result.error());
        store.saveResult(id, linked, ResultJson.write(linked));
        before.forEach(this::refresh);
        after.forEach(this::refresh);
    }

    private List<UUID> others(String organ, int year, UUID self) {
        return store.withResult(organ, year).stream().filter(other -> !other.equals(self)).toList();
    }

    private Optional<ExtractionResult> first(List<UUID> reports) {
        return reports.stream().findFirst().flatMap(store::resultJson).map(CarryOverLinks::parse)
                .map(CarryOverLinks::result);
    }

    /** Replaces one report's carry_over_chain findings by those its neighbouring years give now. */
    private void refresh(UUID id) {
        ReportRecord report = store.find(id).orElse(null);
        ObjectNode json = store.resultJson(id).map(CarryOverLinks::parse).orElse(null);
        if (report == null || json == null || report.organ() == null || report.year() == null) {
            return;
        }
        ExtractionResult self = result(json);
        List<Finding> findings = new ArrayList<>(self.findings().stream()
                .filter(f -> !f.rule().equals(CarryOverChain.RULE)).toList());
        neighbour(report.organ(), report.year() - 1).ifPresent(before -> findings.addAll(CarryOverChain.forLater(before, self)));
        neighbour(report.organ(), report.year() + 1).ifPresent(after -> findings.addAll(CarryOverChain.forEarlier(self, after)));
        String status = report.status() == ReportStatus.APPROVED || report.status() == ReportStatus.FAILED
                ? report.status().id() : Status.of(findings, self.cells());
        json.set("findings", JSON.valueToTree(findings));
        json.put("status", status);
        ExtractionResult updated = new ExtractionResult(null, self.report(), self.cells(), List.of(), findings, status,
                null);
        store.saveResult(id, updated, json.toString());
    }

    /** The same organ's report of that year, if one is stored (the first received, when several are). */
    private Optional<ExtractionResult> neighbour(String organ, int year) {
        return store.withResult(organ, year).stream().findFirst().flatMap(store::resultJson)
                .map(CarryOverLinks::parse).map(CarryOverLinks::result);
    }

    /** What the check needs of a stored result: metadata, cell values and states, findings. */
    private static ExtractionResult result(JsonNode json) {
        JsonNode meta = json.path("report");
        ReportMeta report = new ReportMeta(meta.path("organ").asText(null),
                meta.hasNonNull("year") ? meta.get("year").asInt() : null, meta.path("version").asText(null), null);
        List<Cell> cells = new ArrayList<>();
        for (JsonNode cell : json.path("cells")) {
            BigDecimal value = cell.hasNonNull("value") ? cell.get("value").decimalValue() : null;
            cells.add(new Cell(cell.path("key").asText(), value, cell.path("raw").asText(null),
                    CellState.of(cell.path("state").asText()), null, null));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : json.path("findings")) {
            try {
                findings.add(JSON.treeToValue(finding, Finding.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored finding cannot be read back: " + finding, e);
            }
        }
        return new ExtractionResult(null, report, cells, List.of(), findings, json.path("status").asText(), null);
    }

    private static ObjectNode parse(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored result is not JSON", e);
        }
    }
}

package cn.nianbao.web;

import cn.nianbao.check.CheckBasis;
import cn.nianbao.check.RuleNames;
import cn.nianbao.form.CellSpec;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormVersion;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import cn.nianbao.review.AuditEntry;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Builds the report page's view from the stored report, its result, its check basis and its audit trail. */
final class ReportViews {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);

    private final FormCatalog catalog;

    ReportViews(FormCatalog catalog) {
        this.catalog = catalog;
    }

    ReportView of(ReportRecord record, ExtractionResult result, CheckBasis basis, List<AuditEntry> audit,
                  String selected, EvidenceView evidence) {
        List<AuditView> trail = folded(audit);
        if (result == null || result.report() == null) {
            return new ReportView(record, record.status().label(), null, record.method(), List.of(), List.of(),
                    List.of(), null, trail, 0, false);
        }
        FormVersion version = catalog.find(result.report().version()).orElse(null);
        Map<String, Cell> cells = result.cells().stream()
                .collect(Collectors.toMap(Cell::getKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<FindingView> findings = IntStream.range(0, result.findings().size())
                .mapToObj(i -> finding(i, result.findings().get(i), version, cells)).toList();
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        result.findings().forEach(f -> f.cells().forEach(k -> byCell.computeIfAbsent(k, x -> new ArrayList<>()).add(f)));
        List<TableView> tables = version == null ? List.of() : TableViews.of(version, cells, byCell, selected);
        CellPanel panel = selected == null || !cells.containsKey(selected) ? null
                : panel(cells.get(selected), version, findings, evidence);
        long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        boolean reviewable = record.status().finished() && record.status() != ReportStatus.FAILED;
        return new ReportView(record, record.status().label(), version == null ? null : version.id(),
                record.method(), tables, findings, Narrative.of(basis, findings), panel, trail, errors, reviewable);
    }

    private CellPanel panel(Cell cell, FormVersion version, List<FindingView> findings, EvidenceView evidence) {
        String key = cell.getKey();
        List<FindingView> touching = findings.stream()
                .filter(f -> f.cells().stream().anyMatch(c -> c.key().equals(key))).toList();
        List<FindingView> suggestions = touching.stream().filter(f -> f.suggestion() != null).toList();
        String confidence = !cell.isOcr() || cell.getConfidence() == null ? null
                : Math.round(cell.getConfidence() * 100) + "%";
        return new CellPanel(key, label(version, key), TableViews.text(cell), cell.getState().id(),
                cell.getState().label(), cell.getRaw(), confidence, Origins.describe(cell.getOrigin()),
                evidence.caption(), evidence.imageUrl(), evidence.row(), evidence.lines(), touching, suggestions,
                cell.getState() == CellState.INFERRED && cell.hasValue());
    }

    private FindingView finding(int index, Finding finding, FormVersion version, Map<String, Cell> cells) {
        List<FindingView.CellRef> refs = finding.cells().stream()
                .map(k -> new FindingView.CellRef(k, label(version, k))).toList();
        String suggestion = finding.suggestion() == null ? null : finding.suggestion().values().entrySet().stream()
                .map(e -> label(version, e.getKey()) + " 改为 " + plain(e.getValue()))
                .collect(Collectors.joining("；"));
        int inferred = (int) finding.cells().stream().map(cells::get)
                .filter(c -> c != null && c.getState() == CellState.INFERRED).count();
        return new FindingView(index, finding.rule(), RuleNames.name(finding.rule()), finding.severity().id(),
                finding.severity().label(), refs, finding.message(), finding.quote(), suggestion, inferred);
    }

    /** Past this many cells changed by one action, the page folds them under one line. */
    private static final int FOLDED = 3;

    /** The trail in order, each action that changed many cells at once folded into one line. */
    private List<AuditView> folded(List<AuditEntry> audit) {
        List<AuditView> trail = new ArrayList<>();
        int i = 0;
        while (i < audit.size()) {
            int j = i + 1;
            while (j < audit.size() && sameAction(audit.get(i), audit.get(j))) {
                j++;
            }
            List<AuditView> lines = audit.subList(i, j).stream().map(this::audit).toList();
            if (lines.size() > FOLDED) {
                AuditView first = lines.get(0);
                trail.add(new AuditView(first.at(), first.actor(), "修改 " + lines.size() + " 个单元格", "", "",
                        first.reason(), lines));
            } else {
                trail.addAll(lines);
            }
            i = j;
        }
        return trail;
    }

    private static boolean sameAction(AuditEntry a, AuditEntry b) {
        return AuditEntry.CELL.equals(a.action()) && AuditEntry.CELL.equals(b.action()) && a.actor().equals(b.actor())
                && Objects.equals(a.reason(), b.reason()) && TIME.format(a.at()).equals(TIME.format(b.at()));
    }

    private AuditView audit(AuditEntry entry) {
        boolean cell = AuditEntry.CELL.equals(entry.action());
        String what = cell ? "修改单元格 " + entry.cellKey() : "状态变更";
        String before = cell ? value(entry.oldValue()) + "（" + stateLabel(entry.oldState()) + "）"
                : statusLabel(entry.oldValue());
        String after = cell ? value(entry.newValue()) + "（" + stateLabel(entry.newState()) + "）"
                : statusLabel(entry.newValue());
        return new AuditView(TIME.format(entry.at()), entry.actor(), what, before, after, entry.reason(), List.of());
    }

    private static String label(FormVersion version, String key) {
        return version == null ? key : version.cell(key).map(CellSpec::label).orElse(key);
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static String value(String value) {
        return value == null ? "无" : value;
    }

    private static String stateLabel(String state) {
        return state == null ? "" : CellState.of(state).label();
    }

    private static String statusLabel(String status) {
        return status == null ? "无" : ReportStatus.parse(status).map(ReportStatus::label).orElse(status);
    }
}

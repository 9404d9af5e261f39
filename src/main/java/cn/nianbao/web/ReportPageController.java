package cn.nianbao.web;

import cn.nianbao.check.CheckBasis;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.result.Cell;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.ResultJson;
import cn.nianbao.store.AuditStore;
import cn.nianbao.store.CheckBasisJson;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStore;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The report page: the three tables with flagged cells, the selected cell with its evidence, the narrative, the audit. */
@Controller
class ReportPageController {
    private final ReportStore store;
    private final AuditStore audit;
    private final EvidenceViews evidence;
    private final ReportViews views = new ReportViews(FormCatalog.standard());

    ReportPageController(ReportStore store, AuditStore audit, EvidenceViews evidence) {
        this.store = store;
        this.audit = audit;
        this.evidence = evidence;
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable UUID id, @RequestParam(required = false) String cell, Model model) {
        ReportRecord record = store.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个报告：" + id));
        ExtractionResult result = store.resultJson(id).map(ResultJson::read).orElse(null);
        CheckBasis basis = store.checkBasis(id).map(CheckBasisJson::read).orElse(null);
        Cell selected = result == null || cell == null ? null
                : result.cells().stream().filter(c -> c.getKey().equals(cell)).findFirst().orElse(null);
        EvidenceView shown = selected == null ? EvidenceView.none("") : evidence.of(id, record.mediaType(), selected);
        model.addAttribute("view", views.of(record, result, basis, audit.forReport(id),
                selected == null ? null : selected.getKey(), shown));
        model.addAttribute("labels", new PageLabels());
        return "report";
    }

    /** The page region around a cell of a PDF or a scan, with the cell boxed in red. */
    @GetMapping(value = "/reports/{id}/evidence/{key}", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> evidenceImage(@PathVariable UUID id, @PathVariable String key) {
        Cell cell = store.resultJson(id).map(ResultJson::read).stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个单元格：" + key));
        byte[] png = evidence.image(id, cell)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "原文中找不到这个单元格的位置"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate()).body(png);
    }
}

package cn.nianbao.web;

import cn.nianbao.api.ReportDocument;
import cn.nianbao.store.AuditStore;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Downloads: one report as JSON (the API's document with its audit trail). */
@Controller
class ExportController {
    private final ReportStore store;
    private final AuditStore audit;
    private final ObjectMapper json;

    ExportController(ReportStore store, AuditStore audit, ObjectMapper json) {
        this.store = store;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping("/reports/{id}/export.json")
    ResponseEntity<byte[]> reportJson(@PathVariable UUID id) throws IOException {
        ReportRecord record = store.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个报告：" + id));
        ObjectNode document = ReportDocument.of(record, store.resultJson(id).orElse(null), json);
        document.set("audit", json.valueToTree(audit.forReport(id)));
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        return download(body, MediaType.APPLICATION_JSON, baseName(record) + ".json");
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The original's name without its extension, for the names of files made from it. */
    static String baseName(ReportRecord record) {
        String name = record.fileName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

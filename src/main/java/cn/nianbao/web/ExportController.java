package cn.nianbao.web;

import cn.nianbao.api.ReportDocument;
import cn.nianbao.export.AuditCsv;
import cn.nianbao.export.DatasetCsv;
import cn.nianbao.export.DatasetRow;
import cn.nianbao.export.DatasetXlsx;
import cn.nianbao.export.ReportXlsx;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.ResultJson;
import cn.nianbao.store.AuditStore;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads: the dataset filtered like the list (CSV, Excel with its audit and findings), the audit trail
 * (CSV), and one report in the official layout (Excel) or as JSON with its audit trail. Datasets stream from
 * the database page by page into the response.
 */
@Controller
class ExportController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportStore store;
    private final AuditStore audit;
    private final ObjectMapper json;

    ExportController(ReportStore store, AuditStore audit, ObjectMapper json) {
        this.store = store;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping("/export/reports.csv")
    void datasetCsv(@ModelAttribute ReportQuery query, HttpServletResponse response) throws IOException {
        attach(response, "text/csv;charset=UTF-8", "年报数据" + stamp() + ".csv");
        DatasetCsv.write(DatasetRow.all(store.results(query.filter())), response.getOutputStream());
    }

    @GetMapping("/export/reports.xlsx")
    void datasetXlsx(@ModelAttribute ReportQuery query, HttpServletResponse response) throws IOException {
        attach(response, XLSX, "年报数据" + stamp() + ".xlsx");
        DatasetXlsx.write(DatasetRow.all(store.results(query.filter())), audit.forReports(query.filter()),
                response.getOutputStream());
    }

    @GetMapping("/export/audit.csv")
    void auditCsv(@ModelAttribute ReportQuery query, HttpServletResponse response) throws IOException {
        attach(response, "text/csv;charset=UTF-8", "审计记录" + stamp() + ".csv");
        AuditCsv.write(audit.forReports(query.filter()), response.getOutputStream());
    }

    @GetMapping("/reports/{id}/export.xlsx")
    void reportXlsx(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ReportRecord record = find(id);
        ExtractionResult result = store.resultJson(id).map(ResultJson::read).orElse(null);
        attach(response, XLSX, baseName(record) + ".xlsx");
        ReportXlsx.write(record, result, audit.forReport(id), response.getOutputStream());
    }

    @GetMapping("/reports/{id}/export.json")
    void reportJson(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ReportRecord record = find(id);
        ObjectNode document = ReportDocument.of(record, store.resultJson(id).orElse(null), json);
        document.set("audit", json.valueToTree(audit.forReport(id)));
        attach(response, MediaType.APPLICATION_JSON_VALUE, baseName(record) + ".json");
        json.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), document);
    }

    private ReportRecord find(UUID id) {
        return store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个报告：" + id));
    }

    private static void attach(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    private static String stamp() {
        return "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ReportViews.CHINA).format(Instant.now());
    }


    /** The original's name without its extension, for the names of files made from it. */
    static String baseName(ReportRecord record) {
        String name = record.fileName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

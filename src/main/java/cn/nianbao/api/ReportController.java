package cn.nianbao.api;

import cn.nianbao.ingest.FileNames;
import cn.nianbao.ingest.QueueGate;
import cn.nianbao.ingest.Receipt;
import cn.nianbao.ingest.ReportIntake;
import cn.nianbao.ingest.Uploaded;
import cn.nianbao.store.ReportFilter;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import cn.nianbao.store.StoredFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Reports over HTTP: upload, read one, list, and the original file. */
@RestController
@RequestMapping("/api/reports")
public class ReportController {
    private static final int MAX_PAGE_SIZE = 200;

    private final ReportIntake intake;
    private final QueueGate gate;
    private final ReportStore store;
    private final ObjectMapper json;

    public ReportController(ReportIntake intake, QueueGate gate, ReportStore store, ObjectMapper json) {
        this.intake = intake;
        this.gate = gate;
        this.store = store;
        this.json = json;
    }

    @Operation(summary = "Upload one or many reports (parts named file or files)",
            description = "Answers 202 at once with an id per file; the original is stored before the answer. The same"
                    + " bytes sent again give the same report (duplicate: true). 503 with Retry-After when the queue"
                    + " is full.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Accepted> upload(@RequestPart(name = "file", required = false) List<MultipartFile> file,
                                           @RequestPart(name = "files", required = false) List<MultipartFile> files,
                                           Principal principal)
            throws IOException {
        List<MultipartFile> all = Stream.concat(file == null ? Stream.empty() : file.stream(),
                files == null ? Stream.empty() : files.stream()).toList();
        if (all.isEmpty()) {
            throw new BadRequestException("bad_multipart", "没有收到文件：请把文件放在名为 file 或 files 的部分中。");
        }
        for (MultipartFile part : all) {
            if (part.isEmpty()) {
                throw new BadRequestException("文件 " + FileNames.base(part.getOriginalFilename()) + " 为空（0 字节）。");
            }
        }
        gate.check(); // refuses at once; the intake checks again, under the gate's lock, when it stores
        List<Receipt> receipts = intake.receiveUpload(all.stream().map(Uploaded::new).toList());
        UUID batch = intake.batch(ReportIntake.UPLOAD, principal == null ? null : principal.getName(), receipts);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Accepted(batch, receipts.stream().map(Accepted.Entry::of).toList()));
    }

    @Operation(summary = "One report: the JSON of the spec with its id, status and error")
    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode report(@PathVariable UUID id) throws IOException {
        ReportRecord record = find(id);
        return ReportDocument.of(record, store.resultJson(id).orElse(null), json);
    }

    @Operation(summary = "Reports, newest first, filtered by status, organ, year, finding rule and a search (q) in organ and file name")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ReportList list(@RequestParam(required = false) String status,
                           @RequestParam(required = false) String organ,
                           @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) String rule,
                           @RequestParam(required = false) String q,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        ReportStatus wanted = status == null || status.isBlank() ? null : ReportStatus.parse(status)
                .orElseThrow(() -> new BadRequestException("没有这个状态：" + status
                        + "（可用 queued, processing, needs_review, clean, approved, failed）。"));
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("page 应 ≥ 0，size 应在 1 到 " + MAX_PAGE_SIZE + " 之间。");
        }
        var found = store.list(new ReportFilter(wanted, blankToNull(organ), year, blankToNull(rule),
                blankToNull(q), null), page, size);
        return new ReportList(found.items().stream().map(ReportSummary::of).toList(), found.page(), found.size(),
                found.total());
    }

    @Operation(summary = "The original file, byte for byte, with its detected media type")
    @GetMapping("/{id}/file")
    public ResponseEntity<byte[]> file(@PathVariable UUID id) {
        StoredFile file = store.file(id).orElseThrow(() -> new NotFoundException("没有这个报告：" + id));
        return ResponseEntity.ok()
                .contentType(mediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private ReportRecord find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("没有这个报告：" + id));
    }

    private static MediaType mediaType(String type) {
        try {
            return type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

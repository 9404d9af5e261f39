package cn.nianbao.web;

import cn.nianbao.ingest.FileNames;
import cn.nianbao.ingest.QueueFullException;
import cn.nianbao.ingest.QueueGate;
import cn.nianbao.ingest.Receipt;
import cn.nianbao.ingest.ReportIntake;
import cn.nianbao.ingest.Uploaded;
import cn.nianbao.store.BatchProgress;
import cn.nianbao.store.BatchStore;
import cn.nianbao.store.ReportStatus;
import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading from the browser, and following batches (an upload, an inbox poll) as they are processed. */
@Controller
class UploadController {
    private static final int RECENT_BATCHES = 50;

    private final ReportIntake intake;
    private final QueueGate gate;
    private final BatchStore batches;

    UploadController(ReportIntake intake, QueueGate gate, BatchStore batches) {
        this.intake = intake;
        this.gate = gate;
        this.batches = batches;
    }

    @GetMapping("/upload")
    String form() {
        return "upload";
    }

    @PostMapping("/upload")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal who,
                  RedirectAttributes flash) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            flash.addFlashAttribute("refused", "请选择要上传的文件（空文件不会被接收）。");
            return "redirect:/upload";
        }
        List<Receipt> receipts;
        try {
            gate.check();
            receipts = intake.receiveUpload(chosen.stream().map(Uploaded::new).toList());
        } catch (QueueFullException full) {
            flash.addFlashAttribute("refused", "处理队列已满，请过几分钟再上传。");
            return "redirect:/upload";
        }
        UUID batch = intake.batch(ReportIntake.UPLOAD, who == null ? null : who.getName(), receipts);
        long duplicates = receipts.stream().filter(Receipt::duplicate).count();
        flash.addFlashAttribute("notice", "已接收 " + receipts.size() + " 个文件"
                + (duplicates > 0 ? "（其中 " + duplicates + " 个此前已收到，沿用原报告）" : "") + "。");
        return "redirect:/batches/" + batch;
    }

    @GetMapping("/batches")
    String recent(Model model) {
        model.addAttribute("batches", batches.recent(RECENT_BATCHES));
        model.addAttribute("labels", new PageLabels());
        return "batches";
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable UUID id, Model model) {
        model.addAttribute("batch", find(id));
        model.addAttribute("statuses", ReportStatus.values());
        return "batch";
    }

    /** The batch's counts for the page's live refresh. */
    @GetMapping("/batches/{id}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable UUID id) {
        BatchProgress batch = find(id);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (ReportStatus status : ReportStatus.values()) {
            counts.put(status.id(), batch.count(status));
        }
        return Map.of("total", batch.total(), "finished", batch.finished(), "counts", counts);
    }

    private BatchProgress find(UUID id) {
        return batches.progress(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个批次"));
    }
}

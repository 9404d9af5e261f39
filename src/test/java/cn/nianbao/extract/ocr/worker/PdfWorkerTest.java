package cn.nianbao.extract.ocr.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.extract.ocr.TesseractRecognizer;
import cn.nianbao.extract.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PDFs parsed in a worker process ({@link IsolatedPdfReader}): the same document as in-process, the reader's
 * messages unchanged, and a worker that dies or hangs mid-PDF costs that PDF only. Needs Tesseract for the
 * mixed PDF's scanned pages (scripts/setup.sh).
 */
class PdfWorkerTest {
    private static final OcrSettings SETTINGS = OcrSettings.load();
    private static final List<String> TEST_HOOKS = List.of("-D" + OcrWorker.TEST_HOOKS_PROPERTY + "=true");
    private static final Path SEED = Path.of("fixtures/seeds/001.pdf");
    /** Ample time for a started worker to receive a PDF and start on it. */
    private static final long PDF_SENT_MILLIS = 1_000;

    private final ChildProcessRecognizer workers = new ChildProcessRecognizer(SETTINGS,
            new OcrIsolation(false, 1, Duration.ofSeconds(60), "512m"), TEST_HOOKS);
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopWorkers() {
        callers.shutdownNow();
        workers.close();
    }

    @Test
    void aTextPdfReadInAWorkerIsTheSameAsInProcess() throws Exception {
        assertSameAsInProcess(SEED);
        assertThat(workers.workerPids()).hasSize(1).doesNotContain(ProcessHandle.current().pid());
    }

    @Test
    void aMixedPdfReadInAWorkerIsTheSameAsInProcess() throws Exception {
        SourceDocument read = assertSameAsInProcess(Path.of("fixtures/mixed/001-mixed.pdf"));
        assertThat(read.pageMethods()).contains(PdfReader.METHOD_TEXT, PdfReader.METHOD_OCR);
    }

    @Test
    void theReadersMessageReachesTheUserUnchanged() {
        assertThatThrownBy(() -> reader(Duration.ofSeconds(60)).read(
                Files.readAllBytes(Path.of("fixtures/hostile/encrypted-user-password.pdf")), "locked.pdf"))
                .isInstanceOf(ReadException.class).hasMessage("PDF 已加密，需要密码才能打开");
    }

    @Test
    void aWorkerKilledMidPdfFailsThatPdfAndTheNextReadsFine() throws Exception {
        IsolatedPdfReader reader = reader(Duration.ofSeconds(60));
        reader.read(Files.readAllBytes(SEED), "warm.pdf");
        long worker = workers.workerPids().get(0);
        Future<SourceDocument> stuck = callers.submit(() -> reader.read(Files.readAllBytes(SEED), OcrWorker.HANG_PDF));
        Thread.sleep(PDF_SENT_MILLIS);

        assertThat(ProcessHandle.of(worker).orElseThrow().destroyForcibly()).isTrue(); // kill -9

        assertThatThrownBy(() -> stuck.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ReadException.class)
                .hasMessage("PDF 解析进程意外退出（退出码 137），文件未能读取；已换用新的解析进程。");
        assertSameAsInProcess(SEED);
        assertThat(workers.workerPids()).hasSize(1).doesNotContain(worker);
    }

    @Test
    void aPdfPastItsTimeLimitIsStoppedAndTheNextReadsFine() throws Exception {
        reader(Duration.ofSeconds(60)).read(Files.readAllBytes(SEED), "warm.pdf");
        long hung = workers.workerPids().get(0);

        assertThatThrownBy(() -> reader(Duration.ofSeconds(2)).read(Files.readAllBytes(SEED), OcrWorker.HANG_PDF))
                .isInstanceOf(ReadException.class).hasMessage("PDF 解析超时：超过 2 秒仍未读完，已停止解析进程。");

        assertSameAsInProcess(SEED);
        assertThat(workers.workerPids()).hasSize(1).doesNotContain(hung);
    }

    private IsolatedPdfReader reader(Duration limit) {
        return new IsolatedPdfReader(workers, PdfReader.DEFAULT_MAX_PAGES, limit);
    }

    private SourceDocument assertSameAsInProcess(Path pdf) throws IOException, ReadException {
        byte[] content = Files.readAllBytes(pdf);
        SourceDocument isolated = reader(Duration.ofSeconds(120)).read(content, pdf.getFileName().toString());
        try (TesseractRecognizer ocr = new TesseractRecognizer(SETTINGS)) {
            SourceDocument here = new PdfReader(ocr, PdfReader.DEFAULT_MAX_PAGES, SETTINGS.maxPixels())
                    .read(content, pdf.getFileName().toString());
            assertThat(isolated).usingRecursiveComparison().isEqualTo(here);
        }
        return isolated;
    }
}

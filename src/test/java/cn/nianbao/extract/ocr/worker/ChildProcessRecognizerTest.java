package cn.nianbao.extract.ocr.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.check.Checker;
import cn.nianbao.document.Block;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.extract.FormatDetector;
import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.ReaderRegistry;
import cn.nianbao.extract.ocr.ImageReader;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.extract.ocr.OcrUnavailableException;
import cn.nianbao.extract.ocr.SyntheticTable;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.map.HeuristicMapper;
import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.pipeline.Limits;
import cn.nianbao.result.ExtractionResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OCR in worker processes, and what happens when a worker crashes, is killed, hangs or its caller gives up.
 * The misbehaving pages are the worker's test hooks (a real SIGSEGV in native code, an endless wait), which
 * only a JVM option of these tests turns on. Needs Tesseract (scripts/setup.sh).
 */
class ChildProcessRecognizerTest {
    private static final OcrSettings SETTINGS = OcrSettings.load();
    private static final List<String> TEST_HOOKS = List.of("-D" + OcrWorker.TEST_HOOKS_PROPERTY + "=true");
    private static final BufferedImage PAGE = SyntheticTable.page();
    /** Ample time for a started worker to receive a page and start on it (the page is 1.3 MB through a pipe). */
    private static final long PAGE_SENT_MILLIS = 1_000;

    private ChildProcessRecognizer recognizer;
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopWorkers() {
        callers.shutdownNow();
        if (recognizer != null) {
            recognizer.close();
        }
    }

    @Test
    void aPageIsReadInAWorkerWhichStaysForTheNext() throws ReadException {
        recognizer = recognizer(2, Duration.ofSeconds(60));

        assertTheDigitsOf(recognizer.recognize(PAGE, 3, SyntheticTable.DPI));
        List<Long> workers = recognizer.workerPids();
        assertTheDigitsOf(recognizer.recognize(PAGE, 4, SyntheticTable.DPI));

        assertThat(workers).hasSize(1).isEqualTo(recognizer.workerPids());
        assertThat(workers.get(0)).isNotEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void aNativeCrashInTheWorkerCostsItsPageOnly() throws Exception {
        recognizer = recognizer(1, Duration.ofSeconds(60));
        assertTheDigitsOf(recognizer.recognize(PAGE, 1, SyntheticTable.DPI));
        long crashed = recognizer.workerPids().get(0);

        assertThatThrownBy(() -> recognizer.recognize(PAGE, OcrWorker.CRASH_PAGE, SyntheticTable.DPI))
                .isInstanceOf(ReadException.class)
                .hasMessageContaining("OCR 识别进程意外退出").hasMessageContaining("第 " + OcrWorker.CRASH_PAGE + " 页");

        assertThat(awaitGone(crashed)).as("the crashed worker is gone").isTrue();
        assertTheDigitsOf(recognizer.recognize(PAGE, 2, SyntheticTable.DPI));
        assertThat(recognizer.workerPids()).hasSize(1).doesNotContain(crashed);
    }

    @Test
    void aWorkerKilledMidPageFailsThatPageAndTheNextGetsANewOne() throws Exception {
        recognizer = recognizer(1, Duration.ofSeconds(60));
        long worker = startedWorker();
        Future<List<Block>> stuck = callers.submit(() -> recognizer.recognize(PAGE, OcrWorker.HANG_PAGE, SyntheticTable.DPI));
        Thread.sleep(PAGE_SENT_MILLIS);

        assertThat(ProcessHandle.of(worker).orElseThrow().destroyForcibly()).isTrue(); // kill -9

        assertThatThrownBy(() -> stuck.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ReadException.class).hasMessageContaining("OCR 识别进程意外退出（退出码 137）");
        assertTheDigitsOf(recognizer.recognize(PAGE, 2, SyntheticTable.DPI));
        assertThat(recognizer.workerPids()).hasSize(1).doesNotContain(worker);
    }

    @Test
    void aPagePastItsTimeLimitIsStoppedAndItsWorkerReplaced() throws Exception {
        recognizer = recognizer(1, Duration.ofSeconds(3));
        assertTheDigitsOf(recognizer.recognize(PAGE, 1, SyntheticTable.DPI));
        long hung = recognizer.workerPids().get(0);

        long start = System.nanoTime();
        assertThatThrownBy(() -> recognizer.recognize(PAGE, OcrWorker.HANG_PAGE, SyntheticTable.DPI))
                .isInstanceOf(ReadException.class)
                .hasMessage("OCR 超时：第 " + OcrWorker.HANG_PAGE + " 页超过 3 秒仍未识别完，已停止识别进程。");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

        assertThat(awaitGone(hung)).as("the hung worker was killed").isTrue();
        assertTheDigitsOf(recognizer.recognize(PAGE, 2, SyntheticTable.DPI));
        assertThat(recognizer.workerPids()).hasSize(1).doesNotContain(hung);
    }

    @Test
    void interruptingTheCallerStopsTheWorkerAtOnce() throws Exception {
        recognizer = recognizer(1, Duration.ofSeconds(600));
        long worker = startedWorker();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                recognizer.recognize(PAGE, OcrWorker.HANG_PAGE, SyntheticTable.DPI);
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        caller.start();
        Thread.sleep(PAGE_SENT_MILLIS);

        caller.interrupt();

        Throwable failure = outcome.get(20, TimeUnit.SECONDS);
        assertThat(failure).isInstanceOf(ReadException.class).hasMessageContaining("OCR 被中断");
        assertThat(awaitGone(worker)).as("the interrupted page's worker was killed").isTrue();
        assertThat(recognizer.workerPids()).isEmpty();
    }

    @Test
    void theDocumentsTimeLimitStopsItsOcrToo() throws Exception {
        recognizer = recognizer(1, Duration.ofSeconds(600));
        long worker = startedWorker();
        // Every page of this image hangs its worker, as a page stuck in libtesseract would.
        PageRecognizer hanging = (page, number, dpi) -> recognizer.recognize(page, OcrWorker.HANG_PAGE, dpi);
        ExtractionPipeline pipeline = new ExtractionPipeline(new FormatDetector(),
                new ReaderRegistry(List.of(new ImageReader(hanging, SETTINGS, 10))), FormCatalog.standard(),
                new HeuristicMapper(), Checker.standard(SETTINGS.confidenceThreshold()), new Limits(10, Duration.ofSeconds(3)));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(PAGE, "png", png);

        ExtractionResult result = pipeline.extract(png.toByteArray(), "scan.png");

        assertThat(result.error()).startsWith("处理超时");
        assertThat(awaitGone(worker)).as("the worker reading the page when time ran out was killed").isTrue();
        assertThat(recognizer.workerPids()).isEmpty();
    }

    @Test
    void aMissingModelIsReportedInPlainWordsFromTheWorker() throws Exception {
        Path empty = Files.createTempDirectory("no-tessdata");
        OcrSettings nowhere = new OcrSettings(empty, "chi_sim", "eng", 300, 0.75, 7, 6, 4, "0123456789", 60_000_000);
        try (ChildProcessRecognizer without = new ChildProcessRecognizer(nowhere, isolation(1, Duration.ofSeconds(60)))) {
            assertThatThrownBy(() -> without.recognize(PAGE, 1, 300))
                    .isInstanceOf(OcrUnavailableException.class)
                    .hasMessageContaining("缺少文字识别模型").hasMessageContaining("scripts/setup.sh");
        } finally {
            Files.delete(empty);
        }
    }

    private static ChildProcessRecognizer recognizer(int workers, Duration pageLimit) {
        return new ChildProcessRecognizer(SETTINGS, isolation(workers, pageLimit), TEST_HOOKS);
    }

    private static OcrIsolation isolation(int workers, Duration pageLimit) {
        return new OcrIsolation(false, workers, pageLimit, "256m");
    }

    /** The worker, started and warm after a first page, so that the next page finds it ready. */
    private long startedWorker() throws ReadException {
        assertTheDigitsOf(recognizer.recognize(PAGE, 1, SyntheticTable.DPI));
        assertThat(recognizer.workerPids()).hasSize(1);
        return recognizer.workerPids().get(0);
    }

    private static boolean awaitGone(long pid) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static void assertTheDigitsOf(List<Block> blocks) {
        Table table = blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
        Map<String, String> read = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            for (TableCell cell : table.rows().get(r).cells()) {
                read.put(r + "," + cell.column(), cell.text());
            }
        }
        SyntheticTable.DIGITS.forEach((position, digits) -> assertThat(read.get(position)).as(position).isEqualTo(digits));
    }
}

package cn.nianbao.extract.ocr.worker;

import cn.nianbao.document.Block;
import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.ocr.GreyImage;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.extract.ocr.OcrUnavailableException;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Failed;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.PageRequest;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Recognized;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Reply;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads pages with Tesseract in worker processes ({@link OcrWorkerMain}), so that whatever happens inside
 * the native library stays there. A page past its time limit, or whose caller is interrupted (the
 * document's time limit), kills its worker: the OCR work really stops. A worker that dies (crash, out of
 * memory, killed) costs only its page. Either way the page fails with a message in plain words and the
 * next page gets a new worker. Workers start on the first page and then stay, so Tesseract's start-up is
 * paid once per worker, not per page; there are never more than {@code workers} of them, each one page at
 * a time.
 */
public final class ChildProcessRecognizer implements PageRecognizer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChildProcessRecognizer.class);
    private static final Map<List<Object>, ChildProcessRecognizer> SHARED = new ConcurrentHashMap<>();
    /** Status of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_STATUS = 3;
    /** A worker's start (JVM, models) is not its first page's fault: it gets at least this long. */
    private static final Duration MIN_START_LIMIT = Duration.ofSeconds(30);
    /** Does the blocking pipe I/O, so that the caller can wait with a time limit and be interrupted. */
    private static final ExecutorService PIPES = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "nianbao-ocr-pipe");
        thread.setDaemon(true);
        return thread;
    });

    private final OcrSettings settings;
    private final OcrIsolation isolation;
    private final List<String> command;
    private final Semaphore slots;
    private final Deque<WorkerProcess> idle = new ArrayDeque<>();
    private final Set<WorkerProcess> alive = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public ChildProcessRecognizer(OcrSettings settings, OcrIsolation isolation) {
        this(settings, isolation, List.of());
    }

    /** @param extraJvmOptions more options for the workers' JVM (tests turn the worker's test hooks on) */
    ChildProcessRecognizer(OcrSettings settings, OcrIsolation isolation, List<String> extraJvmOptions) {
        this.settings = settings;
        this.isolation = isolation;
        this.command = WorkerCommand.forThisJvm(isolation.workerHeap(), extraJvmOptions);
        this.slots = new Semaphore(isolation.workers(), true);
    }

    /** One recognizer per settings in this JVM: its workers are a machine's resource, as its cores are. */
    static ChildProcessRecognizer shared(OcrSettings settings, OcrIsolation isolation) {
        return SHARED.computeIfAbsent(List.of(settings, isolation), key -> {
            ChildProcessRecognizer recognizer = new ChildProcessRecognizer(settings, isolation);
            Runtime.getRuntime().addShutdownHook(new Thread(recognizer::close, "nianbao-ocr-stop"));
            return recognizer;
        });
    }

    @Override
    public List<Block> recognize(BufferedImage image, int pageNumber, float dpi) throws ReadException {
        PageRequest page = new PageRequest(pageNumber, dpi, GreyImage.of(image));
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadException("OCR 被中断：第 " + pageNumber + " 页未识别。", e);
        }
        try {
            WorkerProcess worker = take(pageNumber);
            Reply reply = await(worker, () -> worker.recognize(page), isolation.pageTimeLimit(), pageNumber);
            giveBack(worker);
            if (reply instanceof Recognized recognized) {
                return recognized.blocks();
            }
            if (reply instanceof Failed failed) {
                throw failure(failed);
            }
            throw new IllegalStateException("OCR worker " + worker.pid() + " answered a page with " + reply);
        } finally {
            slots.release();
        }
    }

    /** Process ids of the workers running now (for tests and diagnostics). */
    List<Long> workerPids() {
        return alive.stream().map(WorkerProcess::pid).sorted().toList();
    }

    /** Kills every worker; pages being read fail. */
    @Override
    public void close() {
        closed = true;
        alive.forEach(WorkerProcess::kill);
        synchronized (idle) {
            idle.clear();
        }
    }

    /** An idle worker, or a new one when none is idle (or the idle one died meanwhile). */
    private WorkerProcess take(int pageNumber) throws ReadException {
        if (closed) {
            throw new IllegalStateException("the OCR workers were stopped");
        }
        WorkerProcess worker;
        synchronized (idle) {
            worker = idle.pollFirst();
        }
        if (worker != null && worker.isAlive()) {
            return worker;
        }
        if (worker != null) {
            LOG.warn("OCR worker {} died while idle (status {}); starting another", worker.pid(), worker.exitStatus());
            discard(worker);
        }
        return start(pageNumber);
    }

    private WorkerProcess start(int pageNumber) throws ReadException {
        WorkerProcess worker;
        try {
            worker = WorkerProcess.start(command, settings);
        } catch (IOException e) {
            throw new ReadException("无法启动 OCR 识别进程：" + e.getMessage(), e);
        }
        alive.add(worker);
        Duration limit = isolation.pageTimeLimit().compareTo(MIN_START_LIMIT) > 0 ? isolation.pageTimeLimit()
                : MIN_START_LIMIT;
        Reply reply = await(worker, worker::awaitReply, limit, pageNumber);
        if (reply instanceof Failed failed) {
            discard(worker);
            throw failure(failed);
        }
        LOG.info("OCR worker {} started", worker.pid());
        return worker;
    }

    /**
     * The worker's answer within {@code limit}. Past it, on the caller's interruption, or when the worker
     * dies, the worker is killed and dropped and the page fails.
     */
    private Reply await(WorkerProcess worker, Callable<Reply> exchange, Duration limit, int pageNumber)
            throws ReadException {
        Future<Reply> answer = PIPES.submit(exchange);
        long seconds = limit.toSeconds();
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("OCR of page {} took over {} s: killing worker {}", pageNumber, seconds, worker.pid());
            discard(worker);
            throw new ReadException("OCR 超时：第 " + pageNumber + " 页超过 " + seconds
                    + " 秒仍未识别完，已停止识别进程。", e);
        } catch (InterruptedException e) {
            discard(worker);
            Thread.currentThread().interrupt();
            throw new ReadException("OCR 被中断：第 " + pageNumber + " 页未识别完，已停止识别进程。", e);
        } catch (ExecutionException e) {
            Integer status = worker.exitStatus();
            // What the pipe said (end of file, a stray line) is only the symptom; the status is the cause.
            LOG.warn("OCR worker {} failed on page {} (exit status {}): {}", worker.pid(), pageNumber, status,
                    e.getCause().toString());
            discard(worker);
            throw new ReadException(died(status, pageNumber), e.getCause());
        }
    }

    private static ReadException failure(Failed failed) {
        return failed.unavailable() ? new OcrUnavailableException(failed.message()) : new ReadException(failed.message());
    }

    private String died(Integer status, int pageNumber) {
        if (status == null) {
            return "OCR 识别进程答复异常，已停止；第 " + pageNumber + " 页未能识别。";
        }
        if (status == OUT_OF_MEMORY_STATUS) {
            return "OCR 识别进程内存不足（上限 " + isolation.workerHeap() + "）已退出，第 " + pageNumber
                    + " 页未能识别；页面可能过大。";
        }
        return "OCR 识别进程意外退出（退出码 " + status + "），第 " + pageNumber + " 页未能识别；已换用新的识别进程。";
    }

    private void giveBack(WorkerProcess worker) {
        if (closed) {
            discard(worker);
            return;
        }
        synchronized (idle) {
            idle.addFirst(worker);
        }
    }

    private void discard(WorkerProcess worker) {
        worker.kill();
        alive.remove(worker);
    }
}

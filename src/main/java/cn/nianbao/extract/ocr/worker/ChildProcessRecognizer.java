package cn.nianbao.extract.ocr.worker;

import cn.nianbao.document.Block;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.ocr.GreyImage;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.extract.ocr.OcrUnavailableException;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Failed;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.PageRequest;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.PdfRead;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.PdfRequest;
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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads pages with Tesseract in worker processes ({@link OcrWorkerMain}), so that whatever happens inside
 * the native library stays there. A page past its time limit, or whose caller is interrupted (the
 * document's time limit), kills its worker: the OCR work really stops. A worker that dies (crash, out of
 * memory, killed) costs only its page. Either way the page fails with a message in plain words and the
 * next page gets a new worker. Workers start on the first page and then stay, so Tesseract's start-up is
 * paid once per worker, not per page; there are never more than {@code workers} of them, each one page at
 * a time. Whole PDFs are parsed in the same workers ({@link #readPdf}), one PDF per worker at a time.
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
        Reply reply = exchange(WorkerJob.page(pageNumber, isolation.workerHeap()), worker -> () -> worker.ask(page),
                isolation.pageTimeLimit());
        if (reply instanceof Recognized recognized) {
            return recognized.blocks();
        }
        throw unexpected(reply, "a page");
    }

    /**
     * Parses a PDF in a worker (its scanned pages are recognized there too, in-process). Past {@code limit}
     * or on the caller's interruption the worker is killed: the parsing really stops.
     */
    SourceDocument readPdf(byte[] content, String fileName, int maxPages, Duration limit) throws ReadException {
        PdfRequest pdf = new PdfRequest(fileName, maxPages, content);
        Reply reply = exchange(WorkerJob.pdf(isolation.workerHeap()), worker -> () -> worker.ask(pdf), limit);
        if (reply instanceof PdfRead read) {
            return read.document();
        }
        throw unexpected(reply, "a PDF");
    }

    private static RuntimeException unexpected(Reply reply, String what) {
        return new IllegalStateException("an OCR worker answered " + what + " with " + reply);
    }

    /** One request to a worker of the pool, waiting for a free slot first; a {@link Failed} reply is thrown. */
    private Reply exchange(WorkerJob job, Function<WorkerProcess, Callable<Reply>> request, Duration limit)
            throws ReadException {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadException(job.notStarted(), e);
        }
        try {
            WorkerProcess worker = take(job);
            Reply reply = await(worker, request.apply(worker), limit, job);
            giveBack(worker);
            if (reply instanceof Failed failed) {
                throw failure(failed);
            }
            return reply;
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
    private WorkerProcess take(WorkerJob job) throws ReadException {
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
        return start(job);
    }

    private WorkerProcess start(WorkerJob job) throws ReadException {
        WorkerProcess worker;
        try {
            worker = WorkerProcess.start(command, settings);
        } catch (IOException e) {
            throw new ReadException("无法启动 OCR 识别进程：" + e.getMessage(), e);
        }
        alive.add(worker);
        Duration limit = isolation.pageTimeLimit().compareTo(MIN_START_LIMIT) > 0 ? isolation.pageTimeLimit()
                : MIN_START_LIMIT;
        Reply reply = await(worker, worker::awaitReply, limit, job);
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
    private Reply await(WorkerProcess worker, Callable<Reply> exchange, Duration limit, WorkerJob job)
            throws ReadException {
        Future<Reply> answer = PIPES.submit(exchange);
        long seconds = limit.toSeconds();
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("{} took over {} s: killing worker {}", job, seconds, worker.pid());
            discard(worker);
            throw new ReadException(job.timedOut(seconds), e);
        } catch (InterruptedException e) {
            discard(worker);
            Thread.currentThread().interrupt();
            throw new ReadException(job.interrupted(), e);
        } catch (ExecutionException e) {
            Integer status = worker.exitStatus();
            // What the pipe said (end of file, a stray line) is only the symptom; the status is the cause.
            LOG.warn("OCR worker {} failed on {} (exit status {}): {}", worker.pid(), job, status,
                    e.getCause().toString());
            discard(worker);
            throw new ReadException(job.died(status, OUT_OF_MEMORY_STATUS), e.getCause());
        }
    }

    private static ReadException failure(Failed failed) {
        return failed.unavailable() ? new OcrUnavailableException(failed.message()) : new ReadException(failed.message());
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

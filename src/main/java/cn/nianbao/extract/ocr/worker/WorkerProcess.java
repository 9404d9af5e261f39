package cn.nianbao.extract.ocr.worker;

import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Configure;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Reply;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Request;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One worker process (OCR, PDF parsing) seen from the parent. Its calls block on the pipes; the caller bounds them in time
 * and {@link #kill}s the process, which ends a blocked call with an IOException.
 */
final class WorkerProcess {
    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream replies;

    private WorkerProcess(Process process) {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    }

    /** Starts the process and sends it its settings; {@link #awaitReply} then says whether it is ready. */
    static WorkerProcess start(List<String> command, OcrSettings settings) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        // Debian's OpenMP Tesseract is 5× slower on 2 cores without it (shared/notes/stack.md).
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        // The child's logs and a crash's report join the service's own stderr.
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        WorkerProcess worker = new WorkerProcess(builder.start());
        try {
            WorkerProtocol.write(worker.requests, new Configure(settings));
        } catch (IOException e) {
            worker.kill();
            throw e;
        }
        return worker;
    }

    Reply awaitReply() throws IOException {
        return WorkerProtocol.readReply(replies);
    }

    Reply ask(Request request) throws IOException {
        WorkerProtocol.write(requests, request);
        return awaitReply();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Kills the process at once (SIGKILL): native code cannot be asked to stop. */
    void kill() {
        process.destroyForcibly();
    }

    /**
     * The exit status of a process whose pipe broke; null if it is still running (it wrote something that
     * is not the protocol), in which case it is killed.
     */
    Integer exitStatus() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        return null;
    }
}

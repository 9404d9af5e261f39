package cn.nianbao.extract.ocr.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;

/**
 * An OCR worker process: {@code java -jar nianbao.jar ocr-worker}, started by {@link ChildProcessRecognizer}.
 * Requests come on stdin, replies go to stdout; everything else (logs, Tesseract's and the JVM's messages)
 * goes to stderr, which the parent logs.
 */
public final class OcrWorkerMain {

    private OcrWorkerMain() {
    }

    public static void main(String[] args) {
        // stdout is the protocol's alone: whatever prints to System.out from here on goes to stderr.
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(ProtocolStdout.take(), 1 << 16));
        System.setOut(System.err);
        endWithTheParent();
        DataInputStream requests = new DataInputStream(new BufferedInputStream(
                new FileInputStream(FileDescriptor.in), 1 << 16));
        int status;
        try {
            status = new OcrWorker(requests, replies, Boolean.getBoolean(OcrWorker.TEST_HOOKS_PROPERTY)).serve();
        } catch (IOException | RuntimeException e) {
            System.err.println("ocr-worker: " + e);
            status = 1;
        }
        System.exit(status);
    }

    /**
     * A worker whose parent died finds out at its next read of stdin; one stuck in a native call never
     * reads again, so it also watches the parent and halts with it.
     */
    private static void endWithTheParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(2)));
    }
}

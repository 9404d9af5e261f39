package cn.nianbao.extract.ocr.worker;

import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.extract.ocr.OcrUnavailableException;
import cn.nianbao.extract.ocr.TesseractRecognizer;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Configure;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Failed;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.PageRequest;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.PdfRead;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.PdfRequest;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Ready;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Recognized;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Request;
import cn.nianbao.extract.pdf.PdfReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The child's side: one Tesseract recognizer, one page or PDF at a time, until the parent closes the stream.
 * A page or PDF that fails is answered with its error and the worker goes on; only a crash ends it, and then
 * the parent starts another. Without Tesseract the worker still parses PDFs (text pages need no OCR); the
 * pages that need it fail with what to install.
 */
final class OcrWorker {
    private static final Logger LOG = LoggerFactory.getLogger(OcrWorker.class);
    /** Set only by tests (as a -D of the child): makes the pages below misbehave on purpose. */
    static final String TEST_HOOKS_PROPERTY = "nianbao.ocr.worker.test-hooks";
    /** With the test hooks: this page crashes the child in native code (SIGSEGV), as a libtesseract bug would. */
    static final int CRASH_PAGE = -11;
    /** With the test hooks: this page never finishes, as a native call stuck in a loop. */
    static final int HANG_PAGE = -12;
    /** With the test hooks: a PDF of this name never finishes, as a parser stuck in a loop. */
    static final String HANG_PDF = "nianbao-test-hang.pdf";

    private final DataInputStream in;
    private final DataOutputStream out;
    private final boolean testHooks;

    OcrWorker(DataInputStream in, DataOutputStream out, boolean testHooks) {
        this.in = in;
        this.out = out;
        this.testHooks = testHooks;
    }

    /** Serves until the parent goes away; returns the process's exit status. */
    int serve() throws IOException {
        Request first;
        try {
            first = WorkerProtocol.readRequest(in, Long.MAX_VALUE);
        } catch (EOFException parentGone) {
            return 0;
        }
        if (!(first instanceof Configure configure)) {
            throw new IOException("the first request must configure the worker");
        }
        OcrSettings settings = configure.settings();
        try (TesseractRecognizer recognizer = new TesseractRecognizer(settings)) {
            String unavailable = null;
            try {
                recognizer.checkInstalled();
            } catch (OcrUnavailableException e) {
                unavailable = e.getMessage();
            }
            WorkerProtocol.write(out, new Ready());
            PageRecognizer ocr = unavailable == null ? recognizer : missing(unavailable);
            while (true) {
                Request request;
                try {
                    request = WorkerProtocol.readRequest(in, settings.maxPixels());
                } catch (EOFException parentGone) {
                    return 0;
                }
                if (request instanceof PdfRequest pdf) {
                    WorkerProtocol.write(out, read(new PdfReader(ocr, pdf.maxPages(), settings.maxPixels()), pdf));
                } else if (request instanceof PageRequest page) {
                    WorkerProtocol.write(out, unavailable == null ? read(recognizer, page) : new Failed(unavailable, true));
                } else {
                    throw new IOException("expected a page or a PDF, got " + request);
                }
            }
        }
    }

    private static PageRecognizer missing(String message) {
        return (page, number, dpi) -> {
            throw new OcrUnavailableException(message);
        };
    }

    private WorkerProtocol.Reply read(PdfReader reader, PdfRequest pdf) {
        if (testHooks && pdf.fileName().equals(HANG_PDF)) {
            misbehaveIfAsked(HANG_PAGE);
        }
        try {
            return new PdfRead(reader.read(pdf.content(), pdf.fileName()));
        } catch (OcrUnavailableException e) {
            return new Failed(e.getMessage(), true);
        } catch (ReadException e) {
            return new Failed(e.getMessage(), false);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("reading PDF {} failed", pdf.fileName(), e);
            return new Failed("PDF 文件内容无法解析", false);
        }
    }

    private WorkerProtocol.Reply read(TesseractRecognizer recognizer, PageRequest page) {
        misbehaveIfAsked(page.pageNumber());
        try {
            return new Recognized(recognizer.recognize(page.page(), page.pageNumber(), page.dpi()));
        } catch (OcrUnavailableException e) {
            return new Failed(e.getMessage(), true);
        } catch (ReadException e) {
            return new Failed(e.getMessage(), false);
        } catch (RuntimeException e) {
            LOG.error("OCR of page {} failed", page.pageNumber(), e);
            return new Failed("第 " + page.pageNumber() + " 页文字识别出错，已记录；请将文件反馈给维护人员。", false);
        }
    }

    private void misbehaveIfAsked(int pageNumber) {
        if (!testHooks) {
            return;
        }
        if (pageNumber == CRASH_PAGE) {
            NativeCrash.now();
        }
        if (pageNumber == HANG_PAGE) {
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException ignored) {
                    // Hang on: that is the point.
                }
            }
        }
    }
}

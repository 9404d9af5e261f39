package cn.nianbao.extract.ocr.worker;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.MediaTypes;
import cn.nianbao.extract.ReadChecks;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.pdf.PdfReader;
import java.time.Duration;
import java.util.Set;

/**
 * {@link PdfReader} in a worker process of the OCR pool: a PDF that sends PDFBox into a loop, fills its heap
 * or crashes native code costs that worker, not the service. The worker gets the document's whole time
 * limit (reading is the first thing done with a file, so that is about the time left); the pipeline's own
 * limit interrupts the caller, which kills the worker at once. The result is the same as in-process.
 */
public final class IsolatedPdfReader implements DocumentReader {
    private final ChildProcessRecognizer workers;
    private final int maxPages;
    private final Duration timeLimit;

    IsolatedPdfReader(ChildProcessRecognizer workers, int maxPages, Duration timeLimit) {
        this.workers = workers;
        this.maxPages = maxPages;
        this.timeLimit = timeLimit;
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.PDF);
    }

    @Override
    public SourceDocument read(byte[] content, String fileName) throws ReadException {
        ReadChecks.requireContent(content);
        return workers.readPdf(content, fileName == null ? "" : fileName, maxPages, timeLimit);
    }
}

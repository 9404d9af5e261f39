package cn.nianbao.extract.ocr.worker;

import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ocr.LazyRecognizer;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.extract.pdf.PdfReader;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where OCR and PDF parsing run. By default in worker processes ({@link ChildProcessRecognizer}): a crash of
 * Tesseract or PDFBox costs one page or file, not the service, and work past its time limit is really
 * stopped. {@code in-process} runs both in this JVM, as before (for comparisons; nothing can stop a native
 * call there).
 * From the environment: NIANBAO_OCR_ISOLATION (process | in-process), NIANBAO_OCR_WORKERS (worker
 * processes, pages read at once; default the number of cores), NIANBAO_OCR_PAGE_SECONDS (time limit of
 * one page, 60), NIANBAO_OCR_WORKER_HEAP (a worker's -Xmx, 768m).
 */
public record OcrIsolation(boolean inProcess, int workers, Duration pageTimeLimit, String workerHeap) {
    public static final int DEFAULT_PAGE_SECONDS = 60;
    public static final String DEFAULT_HEAP = "768m";

    public OcrIsolation {
        if (workers < 1 || pageTimeLimit.isNegative() || pageTimeLimit.isZero()) {
            throw new IllegalArgumentException("OCR workers and page time limit must be positive");
        }
        if (!workerHeap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("NIANBAO_OCR_WORKER_HEAP must look like 768m or 1g, not " + workerHeap);
        }
    }

    public static OcrIsolation fromEnvironment() {
        return from(System::getenv);
    }

    static OcrIsolation from(UnaryOperator<String> environment) {
        String mode = orDefault(environment.apply("NIANBAO_OCR_ISOLATION"), "process").toLowerCase(Locale.ROOT);
        if (!mode.equals("process") && !mode.equals("in-process")) {
            throw new IllegalArgumentException("NIANBAO_OCR_ISOLATION must be process or in-process, not " + mode);
        }
        return new OcrIsolation(mode.equals("in-process"),
                positive(environment, "NIANBAO_OCR_WORKERS", Runtime.getRuntime().availableProcessors()),
                Duration.ofSeconds(positive(environment, "NIANBAO_OCR_PAGE_SECONDS", DEFAULT_PAGE_SECONDS)),
                orDefault(environment.apply("NIANBAO_OCR_WORKER_HEAP"), DEFAULT_HEAP));
    }

    /** The recognizer these settings ask for; worker processes are shared by every caller in this JVM. */
    public PageRecognizer recognizer(OcrSettings settings) {
        return inProcess ? LazyRecognizer.tesseract(settings) : ChildProcessRecognizer.shared(settings, this);
    }

    /**
     * The PDF reader these settings ask for: in a worker, or here with {@code ocr} for scanned pages.
     *
     * @param timeLimit the document's time limit, the longest a worker may spend on one PDF
     */
    public DocumentReader pdfReader(OcrSettings settings, PageRecognizer ocr, int maxPages, Duration timeLimit) {
        return inProcess ? new PdfReader(ocr, maxPages, settings.maxPixels())
                : new IsolatedPdfReader(ChildProcessRecognizer.shared(settings, this), maxPages, timeLimit);
    }

    private static String orDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static int positive(UnaryOperator<String> environment, String variable, int otherwise) {
        String value = orDefault(environment.apply(variable), null);
        if (value == null) {
            return otherwise;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw new IllegalArgumentException(variable + " must be a positive whole number, not " + value);
    }
}

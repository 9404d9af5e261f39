package cn.nianbao.extract;

import cn.nianbao.extract.doc.DocReader;
import cn.nianbao.extract.docx.DocxReader;
import cn.nianbao.extract.html.HtmlReader;
import cn.nianbao.extract.pdf.PdfReader;
import cn.nianbao.extract.ocr.ImageReader;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.extract.ocr.worker.OcrIsolation;
import cn.nianbao.extract.text.TextReader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the reader for a detected media type by asking each reader for the types it takes. */
public final class ReaderRegistry {

    private final List<DocumentReader> readers;

    public ReaderRegistry(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * The standard readers: text, DOCX, DOC, HTML, PDF and scanned images. PDF pages without a usable text
     * layer and images go to Tesseract, in worker processes unless NIANBAO_OCR_ISOLATION=in-process
     * ({@link OcrIsolation}), started when the first such page comes. PDFs are parsed in those worker
     * processes too, each within {@code timeLimit}.
     */
    public static ReaderRegistry standard(int maxPages, long maxTextBytes, OcrSettings settings, Duration timeLimit) {
        OcrIsolation isolation = OcrIsolation.fromEnvironment();
        PageRecognizer ocr = isolation.recognizer(settings);
        return new ReaderRegistry(List.of(new TextReader(maxTextBytes), new DocxReader(), new DocReader(),
                new HtmlReader(maxTextBytes), isolation.pdfReader(settings, ocr, maxPages, timeLimit),
                new ImageReader(ocr, settings, maxPages)));
    }

    /** With the pipeline's default limits (Limits): 200 pages, 300 s a document. */
    public static ReaderRegistry standard() {
        return standard(PdfReader.DEFAULT_MAX_PAGES, TextReader.DEFAULT_MAX_BYTES, OcrSettings.load(),
                Duration.ofSeconds(300));
    }

    /**
     * @param mediaType as {@link FormatDetector#detect} returns it; parameters such as "; charset=…" and case are
     *     ignored
     */
    public Optional<DocumentReader> readerFor(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String base = baseType(mediaType);
        return readers.stream().filter(reader -> reader.mediaTypes().contains(base)).findFirst();
    }

    private static String baseType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String base = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }
}

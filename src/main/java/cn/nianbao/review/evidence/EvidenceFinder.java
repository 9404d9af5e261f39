package cn.nianbao.review.evidence;

import cn.nianbao.document.Origin;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.MediaTypes;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.ReaderRegistry;
import cn.nianbao.extract.doc.DocReader;
import cn.nianbao.extract.docx.DocxReader;
import cn.nianbao.extract.html.HtmlReader;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.result.Cell;
import cn.nianbao.store.StoredFile;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the evidence for a cell in the report's original file, by the cell's origin: a picture of the page
 * band for PDFs and scans, the table row for Word and HTML, the lines around it for text. The file is read
 * again on every call (a PDF page rendered, a DOCX parsed: tens to hundreds of milliseconds), and never by
 * OCR. Thread-safe.
 *
 * <p>Never throws for a bad file or origin: there is then no evidence, as for a cell the source lost.
 */
public final class EvidenceFinder {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceFinder.class);

    /** The readers whose origins point into tables and paragraphs; none of them runs OCR. */
    private final ReaderRegistry documents = new ReaderRegistry(List.of(new DocxReader(), new DocReader(),
            new HtmlReader()));
    private final ScanPages scans;

    /** @param settings the OCR settings extraction used: images without a stated resolution are read at theirs */
    public EvidenceFinder(OcrSettings settings) {
        this.scans = new ScanPages(settings.defaultDpi());
    }

    public EvidenceFinder() {
        this(OcrSettings.load());
    }

    /**
     * @param file the report's original file, with the media type detected when it came in
     * @return empty when the cell has no origin (the source lost it, or its value was inferred) or the origin
     *     does not fit the file (a page or row it does not have)
     */
    public Optional<Evidence> find(StoredFile file, Cell cell) {
        Origin origin = cell.getOrigin();
        if (origin == null || file == null || file.content() == null) {
            return Optional.empty();
        }
        try {
            return evidence(file, origin, cell.isOcr());
        } catch (IOException | ReadException | RuntimeException unreadable) {
            LOG.debug("no evidence for {} in {}", cell.getKey(), file.fileName(), unreadable);
            return Optional.empty();
        }
    }

    /**
     * A whole page of a PDF or scanned image, for a finding about the report rather than one cell.
     *
     * @param page from 1
     * @return empty for other formats and for a page the file does not have
     */
    public Optional<Evidence> page(StoredFile file, int page) {
        if (file == null || file.content() == null) {
            return Optional.empty();
        }
        try {
            Optional<PageImage> image = pageImage(file, page, false, false);
            return image.isPresent() ? Optional.of(CellBand.whole(image.get(), page)) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            LOG.debug("no page {} of {}", page, file.fileName(), unreadable);
            return Optional.empty();
        }
    }

    private Optional<Evidence> evidence(StoredFile file, Origin origin, boolean readByOcr)
            throws IOException, ReadException {
        if (origin.page() != null) {
            if (origin.bbox() == null) {
                return page(file, origin.page());
            }
            Optional<PageImage> image = pageImage(file, origin.page(), true, readByOcr);
            return image.isPresent() ? CellBand.marked(image.get(), origin.bbox(), origin.page())
                    : Optional.empty();
        }
        if (origin.line() != null) {
            return LineFinder.find(file.content(), origin.line());
        }
        if (origin.table() != null && origin.row() != null && origin.cell() != null) {
            return document(file).flatMap(document -> TableRowFinder.find(document, origin));
        }
        if (origin.paragraph() != null) {
            return document(file).flatMap(document -> ParagraphFinder.find(document, origin.paragraph()));
        }
        return Optional.empty();
    }

    private Optional<PageImage> pageImage(StoredFile file, int page, boolean forMarking, boolean readByOcr)
            throws IOException {
        if (MediaTypes.PDF.equals(baseType(file.mediaType()))) {
            return PdfPages.render(file.content(), page, readByOcr, forMarking);
        }
        return scans.decode(file.content(), page, forMarking);
    }

    private Optional<SourceDocument> document(StoredFile file) throws ReadException {
        Optional<DocumentReader> reader = documents.readerFor(file.mediaType());
        return reader.isPresent() ? Optional.of(reader.get().read(file.content(), file.fileName())) : Optional.empty();
    }

    private static String baseType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}

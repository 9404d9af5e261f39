package cn.nianbao.extract;

import cn.nianbao.extract.doc.DocReader;
import cn.nianbao.extract.docx.DocxReader;
import cn.nianbao.extract.html.HtmlReader;
import cn.nianbao.extract.pdf.PdfReader;
import cn.nianbao.extract.text.TextReader;
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
     * The readers of this package: text, DOCX, DOC, HTML and PDF. The PDF reader has no OCR yet: pages without
     * a usable text layer are left unread (a PDF with none at all is refused).
     */
    public static ReaderRegistry standard() {
        return new ReaderRegistry(List.of(new TextReader(), new DocxReader(), new DocReader(), new HtmlReader(),
                new PdfReader(null)));
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

package cn.nianbao.document;

import java.util.List;

/**
 * The one meeting point of all formats: what a reader found, in reading order. Nothing after the readers
 * knows which format a report came in, except through {@code method} for the result's source block.
 *
 * @param method how the content was read: docx, doc, pdf-text, ocr, mixed (some pages by OCR), html or text
 * @param pages number of pages where the format has them, else 1
 * @param pageMethods for PDFs and scans, how each page was read (pdf-text, ocr, or none for a page
 *                    nothing could read), in page order; empty for formats without pages
 */
public record SourceDocument(String method, int pages, List<Block> blocks, List<String> pageMethods) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
        pageMethods = pageMethods == null ? List.of() : List.copyOf(pageMethods);
    }

    public SourceDocument(String method, int pages, List<Block> blocks) {
        this(method, pages, blocks, List.of());
    }
}

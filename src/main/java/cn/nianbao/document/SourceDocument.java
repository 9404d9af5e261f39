package cn.nianbao.document;

import java.util.List;

/**
 * The one meeting point of all formats: what a reader found, in reading order. Nothing after the readers
 * knows which format a report came in, except through {@code method} for the result's source block.
 *
 * @param method how the content was read: docx, doc, pdf-text, ocr, html or text
 * @param pages number of pages where the format has them, else 1
 */
public record SourceDocument(String method, int pages, List<Block> blocks) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
    }
}

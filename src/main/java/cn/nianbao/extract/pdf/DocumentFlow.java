package cn.nianbao.extract.pdf;

import cn.nianbao.document.Block;
import cn.nianbao.document.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The document's blocks in reading order, page after page. A paragraph cut by a page break is joined
 * again, so that a sentence the checks quote is whole; tables are never joined (the mapper joins the
 * tables of a section).
 */
final class DocumentFlow {
    private final RunningText body;
    private final List<Block> blocks = new ArrayList<>();
    /** The last block so far when it is a paragraph that ended the page before; null otherwise. */
    private PlacedBlock openParagraph;

    DocumentFlow(RunningText body) {
        this.body = body;
    }

    void addTextPage(List<PlacedBlock> page) {
        int first = 0;
        if (openParagraph != null && !page.isEmpty() && page.get(0).block() instanceof Paragraph
                && Paragraphs.runsOn(openParagraph, page.get(0), body)) {
            openParagraph = Paragraphs.join(openParagraph, page.get(0));
            blocks.set(blocks.size() - 1, openParagraph.block());
            first = 1;
        }
        for (PlacedBlock placed : page.subList(first, page.size())) {
            blocks.add(placed.block());
        }
        if (page.size() > first) {
            PlacedBlock last = page.get(page.size() - 1);
            openParagraph = last.block() instanceof Paragraph ? last : null;
        }
    }

    /** A page read by OCR, or a page left unread: no paragraph runs across it. */
    void addOtherPage(List<Block> page) {
        blocks.addAll(page);
        openParagraph = null;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }
}

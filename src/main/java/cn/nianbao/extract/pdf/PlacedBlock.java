package cn.nianbao.extract.pdf;

import cn.nianbao.document.Block;
import java.util.List;

/**
 * A block with where it stands on its page, so that a page's tables and paragraphs can be put in order;
 * a paragraph keeps its lines, so that one running on over a page break can be joined.
 */
record PlacedBlock(Block block, Box box, List<TextLine> lines) {

    PlacedBlock {
        lines = List.copyOf(lines);
    }

    static PlacedBlock table(Block table, Box box) {
        return new PlacedBlock(table, box, List.of());
    }
}

package cn.nianbao.extract.pdf;

import cn.nianbao.document.Block;

/** A block with where it stands on its page, so that a page's tables and paragraphs can be put in order. */
record PlacedBlock(Block block, Box box) {
}

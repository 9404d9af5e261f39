package cn.nianbao.extract;

import cn.nianbao.document.Block;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Reads one page image by OCR into blocks (paragraphs and tables whose cells carry a confidence). The PDF
 * reader calls it for pages whose text layer is missing or garbage; the image reader for every page.
 */
public interface PageRecognizer {

    /**
     * @param page the rendered page
     * @param pageNumber 1-based, for the cells' origins
     * @param dpi the resolution the page was rendered at, so that boxes can be given in PDF points
     */
    List<Block> recognize(BufferedImage page, int pageNumber, float dpi) throws ReadException;
}

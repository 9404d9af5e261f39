package cn.nianbao.extract.ocr;

import cn.nianbao.document.Block;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ReadChecks;
import cn.nianbao.extract.ReadException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads scanned reports sent as images (PNG, JPEG, TIFF with every page) by OCR. The page count and the
 * pixel count are checked from the file's header before a page is decoded, so an oversized image is
 * refused without filling the memory.
 */
public final class ImageReader implements DocumentReader {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String TIFF = "image/tiff";

    private final PageRecognizer recognizer;
    private final OcrSettings settings;
    private final int maxPages;

    /** @param recognizer reads each page; {@link cn.nianbao.extract.ocr.worker.OcrIsolation} gives the standard one */
    public ImageReader(PageRecognizer recognizer, OcrSettings settings, int maxPages) {
        this.recognizer = recognizer;
        this.settings = settings;
        this.maxPages = maxPages;
    }


    @Override
    public Set<String> mediaTypes() {
        return Set.of(PNG, JPEG, TIFF);
    }

    @Override
    public SourceDocument read(byte[] content, String fileName) throws ReadException {
        ReadChecks.requireContent(content);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            javax.imageio.ImageReader decoder = decoderFor(in);
            try {
                decoder.setInput(in, false, false);
                int pages = decoder.getNumImages(true);
                if (pages < 1) {
                    throw new ReadException("图片中没有可识别的页面。");
                }
                if (pages > maxPages) {
                    throw new ReadException("图片共 " + pages + " 页，超过上限 " + maxPages
                            + " 页；请拆分后分别上传。");
                }
                for (int page = 0; page < pages; page++) {
                    checkSize(decoder.getWidth(page), decoder.getHeight(page), page, pages);
                }
                List<Block> blocks = new ArrayList<>();
                for (int page = 0; page < pages; page++) {
                    BufferedImage image = decoder.read(page);
                    blocks.addAll(recognizer.recognize(image, page + 1,
                            ScanResolution.of(decoder, page, settings.defaultDpi())));
                }
                return new SourceDocument("ocr", pages, blocks, Collections.nCopies(pages, "ocr"));
            } finally {
                decoder.dispose();
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException broken) {
            throw new ReadException("图片无法解码，文件可能已损坏或不完整。", broken);
        }
    }

    private static javax.imageio.ImageReader decoderFor(ImageInputStream in) throws ReadException {
        Iterator<javax.imageio.ImageReader> decoders = in == null ? null : ImageIO.getImageReaders(in);
        if (decoders == null || !decoders.hasNext()) {
            throw new ReadException("无法识别的图片格式：内容不是 PNG、JPEG 或 TIFF 图片，文件可能已损坏；支持 PNG、JPEG 和 TIFF。");
        }
        return decoders.next();
    }

    private void checkSize(int width, int height, int page, int pages) throws ReadException {
        long pixels = (long) width * height;
        if (pixels > settings.maxPixels()) {
            String which = pages > 1 ? "第 " + (page + 1) + " 页" : "图片";
            throw new ReadException(String.format(Locale.ROOT,
                    "图片过大：%s为 %d×%d 像素（约 %.0f 百万像素），超过上限 %.0f 百万像素；请以 300 dpi 重新扫描或缩小后再上传。",
                    which, width, height, pixels / 1e6, settings.maxPixels() / 1e6));
        }
    }
}

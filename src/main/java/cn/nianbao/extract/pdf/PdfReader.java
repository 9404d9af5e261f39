package cn.nianbao.extract.pdf;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.MediaTypes;
import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ReadChecks;
import cn.nianbao.extract.ReadException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads PDF reports from their page geometry rather than their text stream's order: ruled tables are
 * rebuilt from the lines drawn ({@link RulingGrids}, {@link LatticeTables}), tables without lines from
 * column gaps ({@link StreamTables}), the rest becomes paragraphs; page numbers and running headers are
 * dropped. A page whose text layer is missing or garbage (a scan, a broken font map) is rendered at
 * {@value #OCR_DPI} dpi and handed to the {@link PageRecognizer}, when there is one.
 *
 * <p>Every origin is {@code Origin.pageBox(page, x, y, w, h)} in PDF points, y measured from the TOP of the
 * page as displayed (after its rotation), page numbers from 1.
 */
public final class PdfReader implements DocumentReader {

    public static final String METHOD_TEXT = "pdf-text";
    public static final String METHOD_OCR = "ocr";
    public static final String METHOD_MIXED = "mixed";
    /** The per-page method of a page that needed OCR when no recognizer was configured: nothing read. */
    public static final String PAGE_SKIPPED = "none";
    public static final int DEFAULT_MAX_PAGES = 200;
    /** Scanned pages are read (and their boxes measured) at this resolution. */
    public static final float OCR_DPI = 300;
    /** As limit.megapixels in models/ocr.properties: an A4 page at 300 dpi is 8.7 million pixels. */
    public static final long DEFAULT_MAX_PIXELS = 60_000_000L;
    /** Images below this resolution are enlarged noticeably when a page is rendered at {@link #OCR_DPI}. */
    private static final double ENLARGED_BELOW_DPI = 0.9 * OCR_DPI;

    private final PageRecognizer recognizer;
    private final int maxPages;
    private final long maxPixels;

    /**
     * @param recognizer reads pages without a usable text layer; null to leave them unread
     * @param maxPixels the largest page image rendered for the recognizer (width × height at {@value #OCR_DPI} dpi)
     */
    public PdfReader(PageRecognizer recognizer, int maxPages, long maxPixels) {
        this.recognizer = recognizer;
        this.maxPages = maxPages;
        this.maxPixels = maxPixels;
    }

    public PdfReader(PageRecognizer recognizer, int maxPages) {
        this(recognizer, maxPages, DEFAULT_MAX_PIXELS);
    }

    public PdfReader(PageRecognizer recognizer) {
        this(recognizer, DEFAULT_MAX_PAGES);
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.PDF);
    }

    /**
     * The document's {@code pageMethods} tell how each page was read: {@value #METHOD_TEXT},
     * {@value #METHOD_OCR}, or {@value #PAGE_SKIPPED} for a page that needed OCR without a recognizer.
     */
    @Override
    public SourceDocument read(byte[] content, String fileName) throws ReadException {
        ReadChecks.requireContent(content);
        try (PDDocument document = open(content)) {
            int pages = document.getNumberOfPages();
            if (pages > maxPages) {
                throw new ReadException("PDF 共 " + pages + " 页，超过上限 " + maxPages + " 页");
            }
            if (pages == 0) {
                throw new ReadException("PDF 文件中没有任何页面");
            }
            return read(document);
        } catch (IOException closing) {
            // Everything was read before close() failed; a file that cannot even be closed is still broken.
            throw new ReadException("PDF 文件已损坏或不完整，无法打开", closing);
        } catch (RuntimeException unexpected) {
            throw new ReadException("PDF 文件内容无法解析", unexpected);
        }
    }

    private static PDDocument open(byte[] content) throws ReadException {
        try {
            // An owner password alone (printing or copying restricted) opens with the empty user password.
            return Loader.loadPDF(content);
        } catch (InvalidPasswordException locked) {
            throw new ReadException("PDF 已加密，需要密码才能打开", locked);
        } catch (IOException | RuntimeException broken) {
            throw new ReadException("PDF 文件已损坏或不完整，无法打开", broken);
        }
    }

    private SourceDocument read(PDDocument document) throws ReadException {
        List<PageContent> pages = new ArrayList<>();
        for (int number = 1; number <= document.getNumberOfPages(); number++) {
            pages.add(PageContent.read(document, number));
        }
        boolean chinese = isChinese(document, pages);
        // Page number → its layout, for the pages read from their text layer, in page order.
        Map<Integer, PageLayout> layouts = new LinkedHashMap<>();
        for (PageContent page : pages) {
            if (page.readable() && TextLayerQuality.judge(page.glyphs(), page.graphics(), chinese)
                    == TextLayerQuality.Verdict.USABLE) {
                layouts.put(page.number(), PageLayout.of(page));
            }
        }
        if (layouts.isEmpty() && recognizer == null) {
            throw new ReadException("PDF 没有可用的文字层（可能是扫描件），未配置文字识别");
        }
        List<Integer> textPages = List.copyOf(layouts.keySet());
        List<List<TextLine>> withoutChrome = PageChrome.remove(
                layouts.values().stream().map(PageLayout::textLines).toList());
        RunningText body = RunningText.of(withoutChrome);

        DocumentFlow flow = new DocumentFlow(body);
        List<String> methods = new ArrayList<>();
        PDFRenderer renderer = new PDFRenderer(document);
        for (PageContent page : pages) {
            PageLayout layout = layouts.get(page.number());
            if (layout != null) {
                flow.addTextPage(layout.blocks(withoutChrome.get(textPages.indexOf(page.number())), body));
                methods.add(METHOD_TEXT);
            } else if (recognizer != null) {
                checkRenderSize(document, page.number());
                flow.addOtherPage(recognizer.recognize(render(renderer, document, page.number()), page.number(), OCR_DPI));
                methods.add(METHOD_OCR);
            } else {
                flow.addOtherPage(List.of());
                methods.add(PAGE_SKIPPED);
            }
        }
        return new SourceDocument(method(methods), pages.size(), flow.blocks(), methods);
    }

    /** Chinese by its text, or by its title when every page's text is broken. */
    private static boolean isChinese(PDDocument document, List<PageContent> pages) {
        int cjk = pages.stream().mapToInt(p -> TextLayerQuality.cjkCharacters(p.glyphs())).sum();
        String title = document.getDocumentInformation().getTitle();
        return cjk >= TextLayerQuality.CHINESE_DOCUMENT
                || title != null && title.codePoints().anyMatch(Scripts::isCjk);
    }

    /** A page's size is only a number in the file: 200 × 200 inches would render to 3.6 billion pixels. */
    private void checkRenderSize(PDDocument document, int pageNumber) throws ReadException {
        PDRectangle box = document.getPage(pageNumber - 1).getCropBox();
        double width = Math.abs(box.getWidth()) / 72 * OCR_DPI;
        double height = Math.abs(box.getHeight()) / 72 * OCR_DPI;
        if (width * height > maxPixels) {
            throw new ReadException(String.format(Locale.ROOT,
                    "PDF 第 %d 页尺寸过大（%.0f×%.0f 毫米），需要文字识别，但按 %.0f dpi 渲染将达 %.0f 百万像素，超过上限 %.0f 百万像素",
                    pageNumber, box.getWidth() / 72 * 25.4, box.getHeight() / 72 * 25.4, OCR_DPI,
                    width * height / 1e6, maxPixels / 1e6));
        }
    }

    private static BufferedImage render(PDFRenderer renderer, PDDocument document, int pageNumber)
            throws ReadException {
        try {
            smoothImages(document.getPage(pageNumber - 1));
            return renderer.renderImageWithDPI(pageNumber - 1, OCR_DPI, ImageType.GRAY);
        } catch (IOException | RuntimeException damaged) {
            throw new ReadException("PDF 第 " + pageNumber + " 页无法渲染，无法进行文字识别", damaged);
        }
    }

    /**
     * Marks the page's low-resolution images for smooth enlarging. PDFBox enlarges an image without
     * /Interpolate pixel by pixel, so a scan stored below {@value #OCR_DPI} dpi (200 dpi is common) would
     * reach OCR with stepped edges: its tilted ruling lines break up and the grid is lost. Images at about
     * the OCR resolution are left as they are. Only the document in memory changes.
     */
    private static void smoothImages(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return;
        }
        double pagePoints = page.getMediaBox().getWidth() * page.getMediaBox().getHeight();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image && pagePoints > 0) {
                // Pixels per inch as if the image covered the page (a scan does), whichever way it is turned.
                double dpi = Math.sqrt((double) image.getWidth() * image.getHeight() / pagePoints) * 72;
                if (dpi < ENLARGED_BELOW_DPI) {
                    image.setInterpolate(true);
                }
            }
        }
    }

    private static String method(List<String> pageMethods) {
        boolean text = pageMethods.contains(METHOD_TEXT);
        boolean ocr = pageMethods.contains(METHOD_OCR);
        if (text && ocr) {
            return METHOD_MIXED;
        }
        return ocr ? METHOD_OCR : METHOD_TEXT;
    }
}

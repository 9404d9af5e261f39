package cn.nianbao.extract.html;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.MediaTypes;
import cn.nianbao.extract.ReadChecks;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.text.TextReader;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads reports published as web pages: the page's own chrome (menus, breadcrumbs, footers) is dropped,
 * text blocks become paragraphs and data tables become tables with their rowspan/colspan grid.
 */
public final class HtmlReader implements DocumentReader {

    public static final String METHOD = "html";

    private final long maxBytes;

    /** @param maxBytes larger pages are refused unread (ReadChecks#requireAtMost) */
    public HtmlReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public HtmlReader() {
        this(TextReader.DEFAULT_MAX_BYTES);
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.HTML, MediaTypes.XHTML);
    }

    @Override
    public SourceDocument read(byte[] content, String fileName) throws ReadException {
        ReadChecks.requireContent(content);
        ReadChecks.requireAtMost(content, maxBytes, "网页文件");
        try {
            Document page = Jsoup.parse(HtmlDecoding.decode(content));
            DeepNesting.flatten(page.body());
            PageChrome.remove(page.body());
            return new SourceDocument(METHOD, 1, HtmlFlow.blocks(page.body()));
        } catch (RuntimeException unexpected) {
            throw new ReadException("网页文件无法解析", unexpected);
        }
    }
}

package cn.nianbao.extract.text;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.MediaTypes;
import cn.nianbao.extract.ReadChecks;
import cn.nianbao.extract.ReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads plain-text and Markdown reports (the shapes of the seed files) into paragraphs and tables. */
public final class TextReader implements DocumentReader {

    public static final String METHOD = "text";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Text made from Word files by Tika carries Word's bookmarks as "[bookmark: _GoBack]" (seeds 001, 002);
     * they are not the report's words and would hide a heading such as 一、总体情况 behind them.
     */
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    private final long maxBytes;

    /** @param maxBytes larger files are refused unread (ReadChecks#requireAtMost) */
    public TextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public TextReader() {
        this(DEFAULT_MAX_BYTES);
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.TEXT, MediaTypes.MARKDOWN, MediaTypes.MARKDOWN_ALIAS);
    }

    @Override
    public SourceDocument read(byte[] content, String fileName) throws ReadException {
        ReadChecks.requireContent(content);
        ReadChecks.requireAtMost(content, maxBytes, "文本文件");
        if (!TextDecoder.looksLikeText(content)) {
            throw new ReadException("文件内容不是文本，无法按文本文件读取");
        }
        try {
            String text = TextDecoder.decode(content);
            return new SourceDocument(METHOD, 1, TextBlocks.of(lines(text)));
        } catch (RuntimeException unexpected) {
            throw new ReadException("文本文件无法读取", unexpected);
        }
    }

    private static List<TextLine> lines(String text) {
        String[] raw = text.split("\n", -1);
        List<TextLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(TextLine.classify(i + 1, BOOKMARK.matcher(raw[i]).replaceAll("")));
        }
        return lines;
    }
}

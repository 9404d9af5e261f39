package cn.nianbao.extract;

import java.util.Locale;

/** Checks every reader makes before it starts. */
public final class ReadChecks {

    private ReadChecks() {
    }

    /** An empty upload is the commonest bad input; say so instead of letting a parser fail obscurely. */
    public static void requireContent(byte[] content) throws ReadException {
        if (content == null || content.length == 0) {
            throw new ReadException("文件为空（0 字节）");
        }
    }

    /**
     * Text and web pages are decoded and parsed whole, in memory and time growing with their size; a report
     * is far below the limit, so a file above it is refused before any of that.
     *
     * @param kind what the file is, for the message (文本文件, 网页文件)
     */
    public static void requireAtMost(byte[] content, long maxBytes, String kind) throws ReadException {
        if (content.length > maxBytes) {
            throw new ReadException(String.format(Locale.ROOT,
                    "%s过大：%.1f MB，超过上限 %.1f MB（年度报告的文字通常不到 1 MB），未读取。",
                    kind, content.length / 1048576.0, maxBytes / 1048576.0));
        }
    }
}

package cn.nianbao.web;

import java.time.Instant;
import java.util.Map;

/** What the templates call to name formats, reading methods and times (China time). */
public final class PageLabels {
    private static final Map<String, String> METHODS = Map.of("docx", "Word 表格", "doc", "Word 97-2003",
            "pdf-text", "PDF 文字层", "ocr", "文字识别", "mixed", "PDF 文字层+识别", "html", "网页", "text", "纯文本");

    public String format(String mediaType) {
        if (mediaType == null) {
            return "未知";
        }
        if (mediaType.contains("wordprocessingml")) {
            return "DOCX";
        }
        if (mediaType.equals("application/msword")) {
            return "DOC";
        }
        if (mediaType.equals("application/pdf")) {
            return "PDF";
        }
        if (mediaType.contains("html")) {
            return "HTML";
        }
        if (mediaType.startsWith("text/")) {
            return "文本";
        }
        return mediaType.startsWith("image/") ? "图片" : mediaType;
    }

    public String method(String method) {
        return method == null ? "" : METHODS.getOrDefault(method, method);
    }

    public String time(Instant at) {
        return at == null ? "" : ReportViews.TIME.format(at);
    }
}

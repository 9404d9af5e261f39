package cn.nianbao.extract;

/** The media types, as Tika names them, that the readers take. */
public final class MediaTypes {
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC = "application/msword";
    public static final String HTML = "text/html";
    public static final String XHTML = "application/xhtml+xml";
    public static final String TEXT = "text/plain";
    /** Tika's name for Markdown; {@link #MARKDOWN_ALIAS} is the registered one some callers use. */
    public static final String MARKDOWN = "text/x-web-markdown";
    public static final String MARKDOWN_ALIAS = "text/markdown";
    public static final String UNKNOWN = "application/octet-stream";

    private MediaTypes() {
    }
}

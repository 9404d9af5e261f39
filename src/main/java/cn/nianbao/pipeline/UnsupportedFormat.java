package cn.nianbao.pipeline;

import cn.nianbao.extract.MediaTypes;
import java.util.Locale;
import java.util.Map;

/** The message for a file no reader takes, naming what it really is when its name says otherwise. */
final class UnsupportedFormat {
    private static final Map<String, String> NAMES = Map.of(
            MediaTypes.PDF, "PDF",
            MediaTypes.DOCX, "Word（.docx）",
            MediaTypes.DOC, "Word 97-2003（.doc）",
            "application/zip", "ZIP 压缩包",
            MediaTypes.UNKNOWN, "无法识别的二进制数据");
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", MediaTypes.PDF,
            "docx", MediaTypes.DOCX,
            "doc", MediaTypes.DOC,
            "zip", "application/zip");

    private UnsupportedFormat() {
    }

    static String message(String fileName, String mediaType) {
        String what = NAMES.getOrDefault(mediaType, " " + mediaType + " ");
        String extension = extension(fileName);
        boolean nameAgrees = !BY_EXTENSION.containsKey(extension) || mediaType.equals(BY_EXTENSION.get(extension));
        String content = nameAgrees ? "文件是" : "文件扩展名为 ." + extension + "，但内容是";
        if (mediaType.startsWith("image/")) {
            return content + "图片（" + mediaType + "），暂不支持这种图片格式；请转换为 PNG、JPEG 或 TIFF 后上传。";
        }
        return content + what + "，不是可读取的报告格式（支持 Word、PDF、网页、文本和 PNG/JPEG/TIFF 扫描件）。";
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

package cn.nianbao.pipeline;

import cn.nianbao.extract.MediaTypes;
import java.util.Locale;
import java.util.Map;

/** The message for a file no reader takes, naming what it really is when the name says otherwise. */
final class UnsupportedFormat {
    private static final Map<String, String> NAMES = Map.of(
            MediaTypes.PDF, "PDF",
            MediaTypes.DOCX, "Word（.docx）",
            MediaTypes.DOC, "Word 97-2003（.doc）",
            "application/zip", "ZIP 压缩包",
            "application/octet-stream", "无法识别的二进制数据");

    private UnsupportedFormat() {
    }

    static String message(String fileName, String mediaType) {
        String what = NAMES.getOrDefault(mediaType, mediaType);
        String extension = extension(fileName);
        String claimed = extension.isEmpty() ? "" : "文件扩展名为 ." + extension + "，但";
        if (mediaType.startsWith("image/")) {
            return claimed + "文件内容是图片（" + mediaType + "），暂不支持扫描件识别。";
        }
        if (MediaTypes.PDF.equals(mediaType)) {
            return claimed + "文件内容是 PDF，暂不支持 PDF 文件。";
        }
        return claimed + "文件内容是" + what + "，不是可读取的报告格式（支持 Word、网页和文本）。";
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

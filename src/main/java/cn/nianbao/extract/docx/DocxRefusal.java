package cn.nianbao.extract.docx;

import java.util.Optional;

/**
 * POI's own guards against hostile Word files, told apart from plain damage so the user learns why the file
 * was refused. POI has no exception types for them; its messages are stable across 5.x (checked with 5.5.1).
 */
final class DocxRefusal {

    private DocxRefusal() {
    }

    static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (message.contains("Zip bomb detected")) {
                // ZipSecureFile: an entry inflating over 100 times its compressed size, or beyond 4 GB.
                return Optional.of("Word 文件解压后体积异常（压缩比过高，疑似 zip 炸弹），出于安全原因拒绝读取");
            }
            if (message.contains("DOCTYPE is disallowed")) {
                // Word never writes a DOCTYPE; one is how XXE (external entities) and entity expansion attacks start.
                return Optional.of("Word 文件中含有 DTD（DOCTYPE）声明，Word 不会写入这种内容（可用于外部实体或实体膨胀攻击），"
                        + "出于安全原因拒绝读取");
            }
            if (message.contains("Node depth exceeds maximum")) {
                return Optional.of("Word 文件的结构嵌套过深（如表格层层嵌套上千层），无法读取");
            }
        }
        return Optional.empty();
    }
}

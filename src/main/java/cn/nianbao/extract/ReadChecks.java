package cn.nianbao.extract;

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
}

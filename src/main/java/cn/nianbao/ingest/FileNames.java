package cn.nianbao.ingest;

/**
 * An uploaded file's name as it is stored and shown: without any folder a browser or client put before it,
 * without control and bidi-override characters (NUL, line breaks, the "right-to-left" that makes exe.txt
 * read txt.exe), and at most {@value #MAX_LENGTH} characters with its extension kept. The name is only ever a
 * label (the bytes live in the database), but it goes into headers, pages, exports and the database's column.
 */
public final class FileNames {
    /** Characters (code points, so an emoji is never cut in half); the database column holds 1,000. */
    public static final int MAX_LENGTH = 200;
    private static final int MAX_EXTENSION = 16;
    private static final String FALLBACK = "upload";

    private FileNames() {
    }

    public static String base(String original) {
        if (original == null || original.isBlank()) {
            return FALLBACK;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = printable(name).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return FALLBACK;
        }
        return clipped(name);
    }

    private static String printable(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isISOControl(c) && !isBidiControl(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isBidiControl(int c) {
        return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f;
    }

    private static String clipped(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length()) - 1;
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + "…" + extension;
    }
}

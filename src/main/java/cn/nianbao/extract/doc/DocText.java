package cn.nianbao.extract.doc;

import org.apache.poi.hwpf.usermodel.Range;

/** Cleans the raw text HWPF returns, which still holds Word's control characters. */
final class DocText {

    private DocText() {
    }

    /**
     * Drops field instructions (keeping what the field shows), cell and paragraph marks, and turns Word's
     * manual line break (U+000B) into a line feed.
     */
    static String clean(String raw) {
        String text = Range.stripFields(raw);
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u000b') {
                clean.append('\n');
            } else if (c == '\t' || c >= ' ') {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}

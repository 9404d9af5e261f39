package cn.nianbao.extract.ocr;

import java.util.regex.Pattern;

/** Tidies what Tesseract returns for Chinese text. */
final class OcrText {
    /** Han characters and full-width punctuation: written without spaces between them. */
    private static final String WIDE = "\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef“”‘’";
    /** chi_sim puts a space between most characters (人 民 政 府); Chinese has none. */
    private static final Pattern SPACE_NEXT_TO_WIDE =
            Pattern.compile("(?<=[" + WIDE + "])[ \\t]+|[ \\t]+(?=[" + WIDE + "])");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    private OcrText() {
    }

    /** One line of text: spaces next to Chinese characters dropped, other runs of spaces made one. */
    static String line(String raw) {
        String text = SPACE_NEXT_TO_WIDE.matcher(raw.strip()).replaceAll("");
        return text.replaceAll("[ \\t]{2,}", " ");
    }

    /**
     * A table cell's text: lines that wrapped only because the cell is narrow joined again (without a space
     * between Chinese, with one between Latin words), as the DOCX readers give a cell's paragraph.
     */
    static String cell(String raw) {
        String[] lines = LINE_BREAK.split(raw.strip());
        StringBuilder out = new StringBuilder();
        for (String part : lines) {
            String line = line(part);
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && !isWide(out.charAt(out.length() - 1)) && !isWide(line.charAt(0))) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f')
                || (c >= '\uff00' && c <= '\uffef') || c == '“' || c == '”' || c == '‘' || c == '’';
    }
}

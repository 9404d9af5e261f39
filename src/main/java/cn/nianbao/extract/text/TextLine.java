package cn.nianbao.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a text report and what it is. The seeds show two table shapes: one cell per line behind a
 * TAB (000–003), and whole rows with TAB- or pipe-separated cells (004, Markdown-ish).
 *
 * @param number 1-based line number
 */
record TextLine(int number, String raw, Kind kind) {

    enum Kind {
        /** Nothing but spaces: separates rows of one-cell-per-line tables. */
        BLANK,
        /** TAB then the cell text, e.g. "\t0" or "\t" for an empty (merged) cell. */
        CELL,
        /** Several cells on one line, separated by TABs. */
        TAB_ROW,
        /** A Markdown row "| a | b |". */
        PIPE_ROW,
        /** A Markdown rule line ("---\t---", "|---|:--:|", "---"): layout, not data. */
        RULE,
        /** Running text, or the continuation of the cell above. */
        TEXT
    }

    private static final Pattern RULE_LINE = Pattern.compile("[|\\t ]*:?-{3,}:?(?:[|\\t ]+:?-{3,}:?)*[|\\t ]*");
    /** Section headings that end a cell rather than continue it: 三、 四、 … and the variant 2、. */
    private static final Pattern SECTION_HEADING = Pattern.compile("\\s*(?:[一二三四五六七八九十]{1,3}|\\d{1,2})、.*");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("\\s*#{1,6}(?:\\s.*|$)");

    static TextLine classify(int number, String raw) {
        return new TextLine(number, raw, kindOf(raw));
    }

    private static Kind kindOf(String raw) {
        if (raw.indexOf('\t') < 0 && trim(raw).isEmpty()) {
            return Kind.BLANK;
        }
        if (raw.startsWith("\t") && raw.indexOf('\t', 1) < 0) {
            return Kind.CELL;
        }
        if (RULE_LINE.matcher(raw).matches()) {
            return Kind.RULE;
        }
        String stripped = raw.strip();
        if (stripped.length() > 1 && stripped.startsWith("|") && stripped.endsWith("|")) {
            return Kind.PIPE_ROW;
        }
        if (isTabRow(raw)) {
            return Kind.TAB_ROW;
        }
        return Kind.TEXT;
    }

    /** A lone trailing TAB after a sentence is an editing leftover, not a second cell. */
    private static boolean isTabRow(String raw) {
        int first = raw.indexOf('\t');
        if (first < 0) {
            return false;
        }
        boolean onlyTrailingTab = first == raw.length() - 1;
        return !onlyTrailingTab;
    }

    /** Text that is clearly a new section, so it cannot be the second line of a cell. */
    boolean isHeading() {
        return SECTION_HEADING.matcher(raw).matches() || MARKDOWN_HEADING.matcher(raw).matches();
    }

    /** The cells of a TAB or pipe row, empty fields kept (they hold the place of merged cells). */
    List<String> rowCells() {
        if (kind == Kind.PIPE_ROW) {
            return pipeCells(raw.strip());
        }
        return List.of(raw.split("\t", -1));
    }

    /** The text of a CELL line, without its leading TAB and not trimmed ("0 " stays "0 "). */
    String cellText() {
        return raw.substring(1);
    }

    /**
     * A Markdown bullet starts its line (at most three spaces in); a "-" far in is a placeholder cell of a
     * table laid out with spaces, as pdftotext -layout writes them.
     */
    private static final Pattern MARKDOWN_BULLET = Pattern.compile(" {0,3}[-*] (?!\\s*-(\\s|$))");

    /** The paragraph text: trimmed, without Markdown heading, bullet and whole-line bold markers. */
    String paragraphText() {
        String text = trim(raw);
        Matcher bullet = MARKDOWN_BULLET.matcher(raw);
        if (text.startsWith("#")) {
            text = text.replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s+#+$", "");
        } else if (bullet.lookingAt()) {
            // Cut the bullet where it ends in the line: a bullet with nothing after it ("- ") leaves no text.
            text = trim(raw.substring(bullet.end()));
        }
        if (text.length() > 4 && text.startsWith("**") && text.endsWith("**")) {
            text = text.substring(2, text.length() - 2);
        }
        return trim(text);
    }

    /** Like {@link String#strip()}, but also drops the no-break and zero-width spaces Word exports leave. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
    }

    private static List<String> pipeCells(String row) {
        String inner = row.substring(1, row.length() - 1);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}

package cn.nianbao.map;

import cn.nianbao.document.Origin;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import cn.nianbao.form.ValueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table row split into its label (the cells up to the last one that is not a value) and its value
 * cells (numbers, placeholders and blanks after the label), with the section it stands in.
 *
 * @param leafLabel the last non-empty label cell: under merged row headers it names the row itself
 *                  (1.属于国家秘密 under （三）不予公开)
 * @param section key of the form table whose section the row stands in, or null when not known
 * @param match the labels normalised and the capacity, worked out once: a row is scored against every
 *              row of the form
 */
public record SourceRow(List<String> labels, List<TableCell> values, String leafLabel, String fullLabel,
                        String section, Origin origin, MatchKeys match) {
    /** "1763 万余元", "约 5": a qualifier or unit set apart from its number by layout belongs to it. */
    private static final Pattern UNIT_APART = Pattern.compile(
            "(?<=\\d)[\\s\\u00a0\\u3000]+(?=(万余元|万元|余元|元|万余|余|多|件|条|个|项|次|左右)(\\s|$))"
                    + "|(?<=约|近)[\\s\\u00a0\\u3000]+(?=\\d)");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("(?s)(.*[\\u4e00-\\u9fff])(\\d+)");
    /** A label ending in "：5" written in one cell, as regions add their extra rows. */
    private static final Pattern LABEL_WITH_VALUE = Pattern.compile("(?s)(.*\\S)\\s*[：:]\\s*([^：:]{1,20})");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");

    /** What row matching reads of a row, again and again. */
    public record MatchKeys(LabelMatcher.Label leaf, LabelMatcher.Label full, int capacity) {
    }

    public SourceRow(List<String> labels, List<TableCell> values, String leafLabel, String fullLabel, String section,
                     Origin origin) {
        this(labels, values, leafLabel, fullLabel, section, origin, new MatchKeys(LabelMatcher.Label.of(leafLabel),
                LabelMatcher.Label.of(fullLabel), capacity(values)));
    }

    public static SourceRow of(TableRow row, String section, Origin tableOrigin) {
        List<TableCell> cells = row.cells();
        int lastLabel = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!ValueParser.parse(cells.get(i).text(), ValueKind.AMOUNT).valueLike()) {
                lastLabel = i;
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= lastLabel; i++) {
            String text = cells.get(i).text().strip();
            if (!text.isEmpty()) {
                labels.add(text);
            }
        }
        List<TableCell> values = new ArrayList<>(cells.subList(lastLabel + 1, cells.size()));
        if (lastLabel >= 0 && values.stream().allMatch(c -> c.text().isBlank())) {
            splitLabelWithValue(cells.get(lastLabel), labels, values);
        }
        if (lastLabel >= 0) {
            detachTrailingDigits(cells.get(lastLabel), labels, values);
        }
        Origin origin = cells.isEmpty() ? tableOrigin : cells.get(0).origin();
        String leaf = labels.isEmpty() ? "" : labels.get(labels.size() - 1);
        return new SourceRow(List.copyOf(labels), List.copyOf(values), leaf, String.join(" ", labels), section, origin);
    }

    private static void splitLabelWithValue(TableCell cell, List<String> labels, List<TableCell> values) {
        Matcher m = LABEL_WITH_VALUE.matcher(cell.text().strip());
        if (m.matches() && ValueParser.parse(m.group(2), ValueKind.AMOUNT).valueLike() && !m.group(2).isBlank()) {
            labels.set(labels.size() - 1, m.group(1));
            values.clear();
            values.add(cell.withText(m.group(2).strip()));
        }
    }

    /**
     * A table row written as a line of text, "规章  0  0  0" (copied from a web page or a PDF): the values
     * are the whitespace-separated tokens at its end, or what follows a final colon ("…发布总数量：5").
     * Empty when the line ends in no value.
     */
    public static Optional<SourceRow> ofLine(String text, String section, Origin origin) {
        String[] tokens = UNIT_APART.matcher(text.replace('\u00a0', ' ').strip()).replaceAll("").split("[\\s\\u00a0\\u3000]+");
        int firstValue = tokens.length;
        while (firstValue > 0 && isValueToken(tokens[firstValue - 1])) {
            firstValue--;
        }
        List<String> labels = new ArrayList<>();
        if (firstValue > 0) {
            labels.add(String.join(" ", Arrays.copyOfRange(tokens, 0, firstValue)));
        }
        List<TableCell> values = new ArrayList<>();
        for (int i = firstValue; i < tokens.length; i++) {
            values.add(TableCell.simple(tokens[i], values.size() + 1, origin));
        }
        if (!labels.isEmpty()) {
            TableCell labelCell = TableCell.simple(labels.get(0), 0, origin);
            if (values.isEmpty()) {
                splitLabelWithValue(labelCell, labels, values);
            }
            detachTrailingDigits(labelCell, labels, values);
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String leaf = labels.isEmpty() ? "" : labels.get(0);
        return Optional.of(new SourceRow(List.copyOf(labels), values, leaf, leaf, section, origin));
    }

    /**
     * "一、本年新收政府信息公开申请数量230" followed by "000023": a crawler ran the label and the first cells
     * together. Digits right after the label's last Chinese character are the row's first values.
     */
    private static void detachTrailingDigits(TableCell labelCell, List<String> labels, List<TableCell> values) {
        Matcher m = TRAILING_DIGITS.matcher(labels.get(labels.size() - 1));
        if (m.matches()) {
            labels.set(labels.size() - 1, m.group(1));
            values.add(0, labelCell.withText(m.group(2)));
        }
    }

    private static boolean isValueToken(String token) {
        ParsedValue parsed = ValueParser.parse(token, ValueKind.AMOUNT);
        return parsed.valueLike() && !token.isEmpty();
    }

    public boolean hasLabel() {
        return !labels.isEmpty();
    }

    /**
     * How many cells the values may fill: their number, or their digits when they are all digit runs
     * (cells a crawler ran together, "230 000023").
     */
    public int capacity() {
        return match.capacity();
    }

    private static int capacity(List<TableCell> values) {
        boolean runs = !values.isEmpty() && values.stream().allMatch(c -> DIGIT_RUN.matcher(c.text().strip()).matches());
        return runs ? Math.max(values.size(), values.stream().mapToInt(c -> c.text().strip().length()).sum())
                : values.size();
    }

    /** Whether any value cell holds more than white space. */
    public boolean hasContent() {
        return values.stream().anyMatch(c -> !c.text().isBlank());
    }
}

package cn.nianbao.map;

import cn.nianbao.document.Block;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormTable;
import cn.nianbao.form.FormVersion;
import cn.nianbao.form.LabelText;
import cn.nianbao.form.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the document in reading order and gives every table row the section it stands in, from the
 * headings met so far (as paragraphs, or as a heading written inside a table). Tables split over several
 * blocks simply continue their section. Inside a table's section, a line of text ending in values is a
 * row too (tables pasted as text).
 */
public final class SectionRows {
    /** Headings are short; a longer paragraph that names a section is narrative, not a heading. */
    private static final int MAX_HEADING_LENGTH = 40;
    /** Close enough to survive a typo (行政法复议), not so close that 主动公开信息情况 in the narrative passes. */
    private static final double HEADING_SCORE = 0.92;
    static final String NARRATIVE = "narrative";
    /** More cells than any row of the form has (四's 15 values and a label or two). */
    private static final int RUN_ON_CELLS = 18;
    private static final Pattern NUMBERED = Pattern.compile("[一二三四五六七八九十][、.．]|(?<!\\d)[1-9][、．]");

    private SectionRows() {
    }

    public static List<SourceRow> of(List<Block> blocks, FormVersion version) {
        List<SourceRow> rows = new ArrayList<>();
        LineRows lineRows = new LineRows(rows);
        String section = null;
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                for (String line : atHeadings(p.text(), version)) {
                    String heading = headingSection(line, version, null);
                    if (heading != null) {
                        lineRows.flush();
                        section = heading;
                    } else if (section != null && !NARRATIVE.equals(section)) {
                        lineRows.add(line, section, p.origin());
                    }
                }
            } else if (block instanceof Table t) {
                lineRows.flush();
                boolean blockStart = true;
                for (TableRow tableRow : t.rows()) {
                    if (runsOn(tableRow)) {
                        for (TableCell cell : tableRow.cells()) {
                            lineRows.add(cell.text(), section, cell.origin());
                        }
                        lineRows.flush();
                        continue;
                    }
                    SourceRow row = SourceRow.of(tableRow, section, t.origin());
                    String heading = row.values().isEmpty() ? headingSection(row.fullLabel(), version, null) : null;
                    if (heading != null) {
                        section = heading;
                    } else if (blockStart && !rows.isEmpty() && SplitRows.continues(rows.get(rows.size() - 1), row,
                            version)) {
                        rows.set(rows.size() - 1, SplitRows.join(rows.get(rows.size() - 1), row));
                    } else {
                        rows.add(row);
                    }
                    blockStart &= row.values().isEmpty();
                }
            }
        }
        lineRows.flush();
        return rows;
    }

    /**
     * A row that holds many rows: a text whose rows lost the blank lines between them reads as one row of
     * every cell. Its cells are read like lines of text instead, which rebuilds the rows from the labels.
     */
    static boolean runsOn(TableRow row) {
        if (row.cells().size() <= RUN_ON_CELLS) {
            return false;
        }
        boolean valueSeen = false;
        for (TableCell cell : row.cells()) {
            boolean value = ValueParser.parse(cell.text(), ValueKind.AMOUNT).valueLike();
            if (value && !cell.text().isBlank()) {
                valueSeen = true;
            } else if (!value && valueSeen) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line cut where a section heading runs on after other text, as converters glue them
     * ("…发布总数量：5三、收到和处理政府信息公开申请情况", "0 0 0五、存在的主要问题及改进情况").
     */
    static List<String> atHeadings(String text, FormVersion version) {
        Matcher m = NUMBERED.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && headingSection(text.substring(m.start()), version, null) != null) {
                return List.of(text.substring(0, m.start()), text.substring(m.start()));
            }
        }
        return List.of(text);
    }

    /** The section a heading opens, or {@code otherwise} when the text is no heading. */
    static String headingSection(String text, FormVersion version, String otherwise) {
        LabelMatcher.Label label = LabelMatcher.Label.of(text);
        if (label.whole().isEmpty() || label.whole().length() > MAX_HEADING_LENGTH) {
            return otherwise;
        }
        for (FormTable table : version.tables()) {
            if (LabelMatcher.score(label, table.headings()) >= HEADING_SCORE) {
                return table.key();
            }
        }
        if (LabelMatcher.score(label, FormCatalog.standard().narrativeHeadings()) >= HEADING_SCORE) {
            return NARRATIVE;
        }
        return otherwise;
    }
}

package cn.nianbao.extract.pdf;

import cn.nianbao.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a page's running-text lines into paragraphs, the way the source had them: a paragraph ends where a
 * line stops short of the right margin, before an indented line, a heading, a change of font size or a
 * wider gap. Headings (一、… （二）… 3.…) always start a paragraph, so that the mapper sees them alone.
 */
final class Paragraphs {
    /** Numbered headings of a report: 一、 二、 （一） (1) 1. 2、 第一章 …, and 附件. */
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*(?:[一二三四五六七八九十]+|[0-9]{1,2})\\s*[）)]"
            + "|[0-9]{1,2}\\s*[、．](?![0-9])|[0-9]{1,2}\\.(?![0-9])|第[一二三四五六七八九十]+[章节部分条]|附件)");
    /** A line ending this many font sizes before the right margin ends its paragraph. */
    private static final double SHORT_LINE = 1.5;
    /** A line starting this many font sizes right of the left margin starts one (first-line indent). */
    private static final double INDENT = 1.0;
    /** Baselines this much further apart than the usual line pitch (per font size) separate paragraphs. */
    private static final double WIDE_GAP = 1.4;
    private static final double SIZE_CHANGE = 0.15;
    /** Centres of a wrapped centred title's lines differ by at most this many font sizes. */
    private static final double CENTRED = 0.5;
    /** Room beyond the next line's first word, in font sizes, for the space before it. */
    private static final double SLACK = 0.5;
    /** Punctuation that a line may not end with (it goes to the next line with what it opens). */
    private static final String OPENING = "（(《〈「『【〔“‘[";
    /** Punctuation that a line may not start with (it goes to the line before with what it closes). */
    private static final String CLOSING = "）)》〉」』】〕”’]，。、；：！？,.;:!?%％";

    private Paragraphs() {
    }

    /**
     * @param lines a page's running-text lines, top to bottom
     * @param tables where the page's tables stand: a paragraph never runs across one
     */
    static List<PlacedBlock> of(List<TextLine> lines, RunningText body, List<Box> tables, int page) {
        List<PlacedBlock> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        List<TextLine> paragraph = new ArrayList<>();
        for (TextLine line : lines) {
            if (!paragraph.isEmpty()) {
                TextLine previous = paragraph.get(paragraph.size() - 1);
                if (startsNew(previous, line, body) || tableBetween(previous, line, tables)) {
                    out.add(placed(paragraph, page));
                    paragraph = new ArrayList<>();
                }
            }
            paragraph.add(line);
        }
        out.add(placed(paragraph, page));
        return out;
    }

    static boolean isHeading(String text) {
        return HEADING.matcher(text).find();
    }

    private static boolean startsNew(TextLine previous, TextLine line, RunningText body) {
        double size = Math.max(previous.size(), line.size());
        if (isHeading(line.text())
                || line.baseline() - previous.baseline() > WIDE_GAP * body.pitch() * line.size()
                || Math.abs(line.size() - previous.size()) > SIZE_CHANGE * previous.size()) {
            return true;
        }
        if (centredUnder(previous, line, body)) {
            return false;
        }
        return endsEarly(previous, line, body) || line.left() > body.left() + INDENT * size;
    }

    /** A centred title wrapped: the next line stands inside the margins, centred under the line above. */
    private static boolean centredUnder(TextLine previous, TextLine line, RunningText body) {
        double size = line.size();
        return line.left() > body.left() + size && line.right() < body.right() - size
                && Math.abs(line.box().centreX() - previous.box().centreX()) <= CENTRED * size;
    }

    /**
     * The line above stopped although the start of this one would have fitted after it. Only that start
     * that cannot be broken counts: a Latin word or number, or a Chinese character with the punctuation that
     * may not be separated from it (no line starts with 》） or ends with 《（).
     */
    private static boolean endsEarly(TextLine previous, TextLine line, RunningText body) {
        double room = body.right() - previous.right();
        return room > Math.max(SHORT_LINE * previous.size(), unbreakableStart(line) + SLACK * line.size());
    }

    private static double unbreakableStart(TextLine line) {
        List<Glyph> glyphs = line.glyphs().stream().filter(g -> !g.isSpace()).toList();
        int i = 0;
        while (i < glyphs.size() && OPENING.indexOf(glyphs.get(i).text()) >= 0) {
            i++;
        }
        if (i < glyphs.size() && glyphs.get(i).isCjk()) {
            i++;
        } else {
            while (i < glyphs.size() && !glyphs.get(i).isCjk()) {
                i++;
            }
        }
        while (i < glyphs.size() && CLOSING.indexOf(glyphs.get(i).text()) >= 0) {
            i++;
        }
        int last = Math.min(Math.max(i, 1), glyphs.size()) - 1;
        return last < 0 ? 0 : glyphs.get(last).box().right() - glyphs.get(0).box().left();
    }

    /** Whether a table stands between two lines (so they belong to different paragraphs or runs). */
    static boolean tableBetween(TextLine previous, TextLine line, List<Box> tables) {
        double from = previous.box().centreY();
        double to = line.box().centreY();
        return tables.stream().anyMatch(t -> t.centreY() > from && t.centreY() < to);
    }

    private static PlacedBlock placed(List<TextLine> lines, int page) {
        String text = joined(lines.stream().map(TextLine::text).toList());
        Box box = Box.around(lines.stream().map(TextLine::box).toList());
        return new PlacedBlock(new Paragraph(text, box.origin(page)), box, lines);
    }

    /**
     * A paragraph that ends a page running to its right margin goes on with the paragraph that starts the
     * next page, unless that one starts like a paragraph of its own: indented, or with a heading.
     */
    static boolean runsOn(PlacedBlock endOfPage, PlacedBlock startOfNext, RunningText body) {
        if (endOfPage.lines().isEmpty() || startOfNext.lines().isEmpty()) {
            return false;
        }
        TextLine last = endOfPage.lines().get(endOfPage.lines().size() - 1);
        TextLine first = startOfNext.lines().get(0);
        return !isHeading(first.text()) && !endsEarly(last, first, body)
                && first.left() <= body.left() + INDENT * first.size()
                && Math.abs(first.size() - last.size()) <= SIZE_CHANGE * last.size();
    }

    /** One paragraph of two, where it started (a page box names one page). */
    static PlacedBlock join(PlacedBlock upper, PlacedBlock lower) {
        Paragraph first = (Paragraph) upper.block();
        Paragraph second = (Paragraph) lower.block();
        List<TextLine> lines = new ArrayList<>(upper.lines());
        lines.addAll(lower.lines());
        return new PlacedBlock(new Paragraph(joined(List.of(first.text(), second.text())), first.origin()),
                upper.box(), lines);
    }

    private static String joined(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String next : lines) {
            if (!text.isEmpty() && !next.isEmpty() && needsSpace(text.charAt(text.length() - 1), next.charAt(0))) {
                text.append(' ');
            }
            text.append(next);
        }
        return text.toString().strip();
    }

    /** Chinese lines join directly; Latin words broken at a line end get their space back. */
    private static boolean needsSpace(char before, char after) {
        return !Scripts.isCjk(before) && !Scripts.isCjk(after) && before != '-';
    }
}

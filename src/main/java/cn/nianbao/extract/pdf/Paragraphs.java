package cn.nianbao.extract.pdf;

import cn.nianbao.document.Paragraph;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** Baselines this much further apart than the page's usual line pitch separate paragraphs. */
    private static final double WIDE_GAP = 1.4;
    private static final double SIZE_CHANGE = 0.15;

    private Paragraphs() {
    }

    /** The left and right edges of running text in a document, where full lines start and end. */
    record Margins(double left, double right) {

        /** Most lines start at the left margin and run to the right one; indents and short lines do not. */
        static Margins of(List<TextLine> lines) {
            double[] lefts = lines.stream().mapToDouble(TextLine::left).sorted().toArray();
            double[] rights = lines.stream().mapToDouble(TextLine::right).sorted().toArray();
            if (lefts.length == 0) {
                return new Margins(0, 0);
            }
            return new Margins(lefts[(int) (lefts.length * 0.1)], rights[(int) (rights.length * 0.9)]);
        }
    }

    /**
     * @param lines a page's running-text lines, top to bottom
     * @param tables where the page's tables stand: a paragraph never runs across one
     */
    static List<PlacedBlock> of(List<TextLine> lines, Margins margins, List<Box> tables, int page) {
        List<PlacedBlock> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        double pitch = usualPitch(lines);
        List<TextLine> paragraph = new ArrayList<>();
        for (TextLine line : lines) {
            if (!paragraph.isEmpty()) {
                TextLine previous = paragraph.get(paragraph.size() - 1);
                if (startsNew(previous, line, margins, pitch) || tableBetween(previous, line, tables)) {
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

    private static boolean startsNew(TextLine previous, TextLine line, Margins margins, double pitch) {
        double size = Math.max(previous.size(), line.size());
        return isHeading(line.text())
                || previous.right() < margins.right() - SHORT_LINE * size
                || line.left() > margins.left() + INDENT * size
                || line.baseline() - previous.baseline() > WIDE_GAP * pitch
                || Math.abs(line.size() - previous.size()) > SIZE_CHANGE * previous.size();
    }

    private static boolean tableBetween(TextLine previous, TextLine line, List<Box> tables) {
        double from = previous.box().centreY();
        double to = line.box().centreY();
        return tables.stream().anyMatch(t -> t.centreY() > from && t.centreY() < to);
    }

    /** The median distance between consecutive baselines: the line pitch of running text. */
    private static double usualPitch(List<TextLine> lines) {
        double[] pitches = new double[Math.max(0, lines.size() - 1)];
        for (int i = 1; i < lines.size(); i++) {
            pitches[i - 1] = lines.get(i).baseline() - lines.get(i - 1).baseline();
        }
        Arrays.sort(pitches);
        double fallback = lines.get(0).size() * 1.5;
        return pitches.length == 0 ? fallback : Math.max(pitches[pitches.length / 2], lines.get(0).size());
    }

    private static PlacedBlock placed(List<TextLine> lines, int page) {
        StringBuilder text = new StringBuilder();
        for (TextLine line : lines) {
            String next = line.text();
            if (!text.isEmpty() && !next.isEmpty() && needsSpace(text.charAt(text.length() - 1), next.charAt(0))) {
                text.append(' ');
            }
            text.append(next);
        }
        Box box = Box.around(lines.stream().map(TextLine::box).toList());
        return new PlacedBlock(new Paragraph(text.toString().strip(), box.origin(page)), box);
    }

    /** Chinese lines join directly; Latin words broken at a line end get their space back. */
    private static boolean needsSpace(char before, char after) {
        return !Scripts.isCjk(before) && !Scripts.isCjk(after) && before != '-';
    }
}

package cn.nianbao.extract.ocr;

import cn.nianbao.extract.ocr.TessHandle.TextLine;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins OCR lines into paragraphs as the page lays them out: a paragraph starts after a gap, at an
 * indented line (Chinese paragraphs indent their first line by two characters), after a line that stops
 * short of the right margin, or where the type size changes. Headings such as 三、收到和处理政府信息公开
 * 申请情况 thus stay paragraphs of their own, which the mapper needs to know the sections.
 */
final class ParagraphJoiner {
    /** More than this many line heights of space between lines starts a paragraph. */
    private static final double GAP_LINES = 0.8;
    /** A line starting this many line heights right of the margin is indented. */
    private static final double INDENT_LINES = 1.5;
    /** A line ending this many line heights before the right margin ends its paragraph. */
    private static final double SHORT_LINES = 2.0;
    /** A line this much taller or smaller than the one before is in another type size. */
    private static final double SIZE_CHANGE = 1.3;

    private ParagraphJoiner() {
    }

    /** @param lines one column of text, top to bottom */
    static List<TextParagraph> join(List<TextLine> lines) {
        List<TextParagraph> paragraphs = new ArrayList<>();
        if (lines.isEmpty()) {
            return paragraphs;
        }
        int lineHeight = medianHeight(lines);
        int left = lines.stream().mapToInt(l -> l.box().x).min().orElse(0);
        int right = lines.stream().mapToInt(l -> l.box().x + l.box().width).max().orElse(0);
        StringBuilder text = new StringBuilder();
        Rectangle box = null;
        TextLine previous = null;
        for (TextLine line : lines) {
            String words = OcrText.line(line.text());
            if (words.isEmpty()) {
                continue;
            }
            if (previous != null && startsParagraph(previous, line, lineHeight, left, right)) {
                paragraphs.add(new TextParagraph(text.toString(), box));
                text.setLength(0);
                box = null;
            }
            if (text.length() > 0 && !OcrText.isWide(text.charAt(text.length() - 1)) && !OcrText.isWide(words.charAt(0))) {
                text.append(' ');
            }
            text.append(words);
            box = box == null ? new Rectangle(line.box()) : box.union(line.box());
            previous = line;
        }
        if (box != null) {
            paragraphs.add(new TextParagraph(text.toString(), box));
        }
        return paragraphs;
    }

    private static boolean startsParagraph(TextLine previous, TextLine line, int lineHeight, int left, int right) {
        Rectangle p = previous.box();
        Rectangle l = line.box();
        double ratio = (double) Math.max(p.height, l.height) / Math.max(1, Math.min(p.height, l.height));
        return l.y - (p.y + p.height) > GAP_LINES * lineHeight
                || l.x - left > INDENT_LINES * lineHeight
                || right - (p.x + p.width) > SHORT_LINES * lineHeight
                || ratio > SIZE_CHANGE;
    }

    private static int medianHeight(List<TextLine> lines) {
        int[] heights = lines.stream().mapToInt(l -> l.box().height).toArray();
        Arrays.sort(heights);
        return Math.max(1, heights[heights.length / 2]);
    }

    /** A paragraph's text and its box in page pixels. */
    record TextParagraph(String text, Rectangle box) {
    }
}

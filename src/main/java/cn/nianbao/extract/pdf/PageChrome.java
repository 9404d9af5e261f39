package cn.nianbao.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what the page layout adds to every page rather than the report: page numbers (- 3 -, 第 3 页 共 5
 * 页, 3/5) and lines repeated at the same place on most pages (running headers and footers). Both are
 * looked for only near the top and bottom edges, where headers and footers stand, and never in tables.
 */
final class PageChrome {
    /** Share of the page height at the top and at the bottom where headers and footers stand. */
    private static final double EDGE_BAND = 0.1;
    /** A repeated line may move this much between pages and still be the same header. */
    private static final double SAME_PLACE = 3.0;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-－—–·\\s]*\\d{1,4}[-－—–·\\s]*"
            + "|第\\s*\\d{1,4}\\s*页\\s*[,，/／]?\\s*(?:共\\s*\\d{1,4}\\s*页)?"
            + "|共\\s*\\d{1,4}\\s*页\\s*[,，/／]?\\s*第\\s*\\d{1,4}\\s*页"
            + "|\\d{1,4}\\s*[/／]\\s*\\d{1,4}"
            + "|(?:page\\s*)?\\d{1,4}(?:\\s*of\\s*\\d{1,4})?");

    /** One page's lines outside tables. */
    record PageLines(double pageHeight, List<TextLine> lines) {
    }

    private PageChrome() {
    }

    /** Each page's lines without its page number, running header and footer. */
    static List<List<TextLine>> remove(List<PageLines> pages) {
        long pagesWithText = pages.stream().filter(p -> !p.lines().isEmpty()).count();
        List<List<EdgeLine>> edges = pages.stream().map(PageChrome::edgeLines).toList();
        List<List<TextLine>> kept = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<TextLine> lines = new ArrayList<>(pages.get(p).lines());
            for (EdgeLine edge : edges.get(p)) {
                if (isPageNumber(edge.line().text()) || seenOnMostPages(edge, edges, pagesWithText)) {
                    lines.remove(edge.line());
                }
            }
            kept.add(lines);
        }
        return kept;
    }

    /** A line near the top or bottom edge, with what it says apart from its numbers. */
    private record EdgeLine(TextLine line, double top, String key) {
    }

    private static List<EdgeLine> edgeLines(PageLines page) {
        List<EdgeLine> edges = new ArrayList<>();
        for (TextLine line : page.lines()) {
            Box box = line.box();
            if (box.bottom() <= page.pageHeight() * EDGE_BAND || box.top() >= page.pageHeight() * (1 - EDGE_BAND)) {
                edges.add(new EdgeLine(line, box.top(), repeatKey(line.text())));
            }
        }
        return edges;
    }

    /** On more than half of the pages with text (and at least two), the same words at the same height. */
    private static boolean seenOnMostPages(EdgeLine line, List<List<EdgeLine>> pages, long pagesWithText) {
        long seen = pages.stream().filter(page -> page.stream().anyMatch(other ->
                Math.abs(other.top() - line.top()) <= SAME_PLACE && other.key().equals(line.key()))).count();
        return seen >= 2 && seen * 2 > pagesWithText;
    }

    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    /** The words without spacing, and any number standing for every number (a page or chapter number). */
    private static String repeatKey(String text) {
        return text.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}

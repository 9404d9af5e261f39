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
        List<List<TextLine>> kept = new ArrayList<>();
        for (PageLines page : pages) {
            List<TextLine> lines = new ArrayList<>();
            for (TextLine line : page.lines()) {
                boolean chrome = atEdge(line, page.pageHeight())
                        && (isPageNumber(line.text()) || repeatedOnMostPages(line, page, pages, pagesWithText));
                if (!chrome) {
                    lines.add(line);
                }
            }
            kept.add(lines);
        }
        return kept;
    }

    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    private static boolean atEdge(TextLine line, double pageHeight) {
        Box box = line.box();
        return box.bottom() <= pageHeight * EDGE_BAND || box.top() >= pageHeight * (1 - EDGE_BAND);
    }

    /** On more than half of the pages with text (and at least two), the same words at the same height. */
    private static boolean repeatedOnMostPages(TextLine line, PageLines own, List<PageLines> pages,
                                               long pagesWithText) {
        String key = repeatKey(line.text());
        int seen = 0;
        for (PageLines page : pages) {
            boolean there = page == own || page.lines().stream().anyMatch(other ->
                    Math.abs(other.box().top() - line.box().top()) <= SAME_PLACE
                            && repeatKey(other.text()).equals(key));
            if (there) {
                seen++;
            }
        }
        return seen >= 2 && seen * 2 > pagesWithText;
    }

    /** The words without spacing, and any number standing for every number (a page or chapter number). */
    private static String repeatKey(String text) {
        return text.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}

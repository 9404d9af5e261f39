package cn.nianbao.extract.html;

import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a piece of a page into lines of text the way a browser lays it out: block elements and br start a
 * new line, inline elements run on, whitespace collapses. Tables are handed to a callback, since the caller
 * decides whether a table is data or layout.
 */
final class HtmlText {

    /** Elements that start and end a line. td/th/tr count, for the cells of layout tables. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "main", "center",
            "address", "figure", "figcaption", "caption", "hr", "form", "fieldset", "legend", "tr", "td", "th",
            "thead", "tbody", "tfoot", "body", "details", "summary");

    private final Consumer<String> lines;
    private final Consumer<Element> tables;
    private final StringBuilder line = new StringBuilder();
    private int preDepth;

    /**
     * @param lines receives each finished line, trimmed and never empty
     * @param tables receives each table met on the way (the current line is finished before)
     */
    HtmlText(Consumer<String> lines, Consumer<Element> tables) {
        this.lines = lines;
        this.tables = tables;
    }

    /** Walks the element's children (not the element itself) and finishes the last line. */
    void walkChildren(Element element) {
        for (Node child : element.childNodes()) {
            walk(child);
        }
        endLine();
    }

    private void walk(Node node) {
        if (node instanceof TextNode text) {
            append(text.getWholeText());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            endLine();
        } else if (tag.equals("table")) {
            endLine();
            tables.accept(element);
        } else {
            boolean block = BLOCK_TAGS.contains(tag);
            boolean pre = tag.equals("pre") || tag.equals("textarea");
            if (block) {
                endLine();
            }
            preDepth += pre ? 1 : 0;
            for (Node child : element.childNodes()) {
                walk(child);
            }
            preDepth -= pre ? 1 : 0;
            if (block) {
                endLine();
            }
        }
    }

    private void append(String text) {
        if (preDepth > 0) {
            String[] parts = text.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    endLine();
                }
                line.append(parts[i].replace('\u00a0', ' '));
            }
            return;
        }
        // &nbsp; renders as a space; as a character it would survive String.strip().
        String collapsed = text.replace('\u00a0', ' ').replaceAll("[ \\t\\n\\r\\f]+", " ");
        if (collapsed.startsWith(" ") && (line.isEmpty() || line.charAt(line.length() - 1) == ' ')) {
            collapsed = collapsed.substring(1);
        }
        line.append(collapsed);
    }

    private void endLine() {
        String finished = line.toString().strip();
        line.setLength(0);
        if (!finished.isEmpty()) {
            lines.accept(finished);
        }
    }
}

package cn.nianbao.extract.html;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/**
 * The page is walked recursively (HtmlText, HtmlFlow), one level of the call stack per level of elements. Broken
 * or hostile markup (thousands of unclosed div or nested table tags) would overflow the stack; below
 * {@value #MAX_DEPTH} levels an element keeps only its text, which is all such depth can hold of a report.
 */
final class DeepNesting {
    /** Report pages nest a few dozen levels; this leaves room for many times that. */
    static final int MAX_DEPTH = 200;

    private DeepNesting() {
    }

    /** Replaces the children of every element {@value #MAX_DEPTH} levels below {@code root} by their text. */
    static void flatten(Element root) {
        Deque<Element> elements = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        elements.push(root);
        depths.push(0);
        while (!elements.isEmpty()) {
            Element element = elements.pop();
            int depth = depths.pop();
            if (depth >= MAX_DEPTH) {
                // Element.text() walks iteratively, so it is safe at any depth.
                element.text(element.text());
                continue;
            }
            for (Element child : element.children()) {
                elements.push(child);
                depths.push(depth + 1);
            }
        }
    }
}

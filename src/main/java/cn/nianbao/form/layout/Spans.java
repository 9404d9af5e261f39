package cn.nianbao.form.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The merged boxes of a nested header. Items (columns of a header, or rows of a label column) carry paths of
 * headings; at each level, neighbouring items under the same headings share one box, and an item whose path
 * ends above the deepest level stretches its last heading down to it (自然人 under 申请人情况 spans the two
 * header rows that 法人或其他组织 and 商业企业 take).
 */
public final class Spans {

    /**
     * A box: items {@code first}..{@code last} along the items' axis, levels {@code level}..{@code lastLevel}
     * across it.
     */
    public record Span(int level, int lastLevel, int first, int last, String text) {
    }

    private Spans() {
    }

    /** @param depth the number of levels to fill, at least the longest path */
    public static List<Span> of(List<List<String>> paths, int depth) {
        List<Span> spans = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            int i = 0;
            while (i < paths.size()) {
                if (paths.get(i).size() <= level) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < paths.size() && paths.get(j + 1).size() > level
                        && paths.get(j + 1).subList(0, level + 1).equals(paths.get(i).subList(0, level + 1))) {
                    j++;
                }
                boolean leaf = i == j && paths.get(i).size() == level + 1;
                spans.add(new Span(level, leaf ? depth - 1 : level, i, j, paths.get(i).get(level)));
                i = j + 1;
            }
        }
        return spans;
    }

    public static int depth(List<List<String>> paths) {
        return paths.stream().mapToInt(List::size).max().orElse(0);
    }
}

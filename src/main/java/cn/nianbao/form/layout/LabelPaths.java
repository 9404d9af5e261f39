package cn.nianbao.form.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Row labels as paths of headings, the way the printed form nests them. The form data writes a row's label
 * with the headings it opens ("（三）不予公开 1.属于国家秘密"); the rows after it carry only their own part
 * ("2.其他法律行政法规禁止公开") and sit under the headings of lower numbering level before them:
 * 一、 above （一） above 1.
 */
public final class LabelPaths {
    private static final List<Pattern> LEVELS = List.of(
            Pattern.compile("^[一二三四五六七八九十]+、"),
            Pattern.compile("^[（(][一二三四五六七八九十]+[）)]"),
            Pattern.compile("^[0-9]+[.．、]"));

    private LabelPaths() {
    }

    /** The parts of a label as the form data separates them by spaces. */
    public static List<String> segments(String label) {
        return List.of(label.strip().split("\\s+"));
    }

    /** The path of each label, in order. */
    public static List<List<String>> of(List<String> labels) {
        List<List<String>> paths = new ArrayList<>();
        List<String> previous = List.of();
        for (String label : labels) {
            List<String> segments = segments(label);
            int level = level(segments.get(0));
            List<String> path = new ArrayList<>();
            if (level >= 0) {
                for (String heading : previous) {
                    int headingLevel = level(heading);
                    if (headingLevel < 0 || headingLevel >= level) {
                        break;
                    }
                    path.add(heading);
                }
            }
            path.addAll(segments);
            paths.add(List.copyOf(path));
            previous = path;
        }
        return paths;
    }

    /** 0 for 一、, 1 for （一）, 2 for 1., -1 for a label without numbering. */
    static int level(String segment) {
        for (int i = 0; i < LEVELS.size(); i++) {
            if (LEVELS.get(i).matcher(segment).find()) {
                return i;
            }
        }
        return -1;
    }
}

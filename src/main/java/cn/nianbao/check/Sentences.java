package cn.nianbao.check;

import java.util.ArrayList;
import java.util.List;

/** The narrative cut into clauses, the unit a claim about the tables is made in. */
final class Sentences {
    private Sentences() {
    }

    /** Clauses split at 。；！？ and line ends, and at commas when {@code atCommas}. */
    static List<String> of(List<String> paragraphs, boolean atCommas) {
        String separators = atCommas ? "[。；;！？!?\\n，,]" : "[。；;！？!?\\n]";
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String part : paragraph.split(separators)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}

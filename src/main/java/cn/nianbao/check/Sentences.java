package cn.nianbao.check;

import java.util.ArrayList;
import java.util.List;

/** The narrative cut into sentences, and sentences into clauses: a claim about the tables sits in a clause. */
final class Sentences {
    private Sentences() {
    }

    /** Sentences, split at 。；！？ and line ends. */
    static List<String> of(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            out.addAll(split(paragraph, "[。；;！？!?\\n]"));
        }
        return out;
    }

    /** The clauses of a sentence, split at commas. */
    static List<String> clauses(String sentence) {
        return split(sentence, "[，,]");
    }

    private static List<String> split(String text, String separators) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(separators)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}

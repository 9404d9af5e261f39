package cn.nianbao.map;

import cn.nianbao.form.LabelText;
import java.util.List;

/**
 * How well a source label matches one of a form label's variants, from 0 to 1. Exact and contained
 * matches score high; otherwise the longest common subsequence (Dice), which survives the typos of the
 * field (其他法律行政止公开). Short variants (规章, 其他) must match exactly, or they would match anything.
 */
public final class LabelMatcher {
    private static final int FUZZY_MIN_LENGTH = 4;

    private LabelMatcher() {
    }

    /**
     * A source label in the two normal forms it is matched by: without its numbering, and whole.
     * Computed once per label, as a label meets every row of the form.
     */
    public record Label(String core, String whole) {
        public static Label of(String text) {
            return new Label(LabelText.core(text), LabelText.normalize(text));
        }
    }

    /** Best score of a source label (raw text) against normalised variants. */
    public static double score(String sourceLabel, List<String> variants) {
        return score(Label.of(sourceLabel), variants);
    }

    /** Best score of a normalised source label against normalised variants. */
    public static double score(Label label, List<String> variants) {
        double best = 0;
        for (String variant : variants) {
            if (best < 1 && bound(label.core(), variant) > best) {
                best = Math.max(best, similarity(label.core(), variant));
            }
            if (best < 1 && bound(label.whole(), variant) > best) {
                best = Math.max(best, similarity(label.whole(), variant));
            }
        }
        return best;
    }

    /** The most {@link #similarity} can give for texts of these lengths: skips hopeless pairs unread. */
    private static double bound(String text, String variant) {
        if (text.isEmpty() || variant.isEmpty()) {
            return 0;
        }
        return text.length() >= variant.length() ? 1 : 2.0 * text.length() / (text.length() + variant.length());
    }

    static double similarity(String text, String variant) {
        if (text.isEmpty() || variant.isEmpty()) {
            return 0;
        }
        if (text.equals(variant)) {
            return 1;
        }
        if (variant.length() < FUZZY_MIN_LENGTH) {
            return 0;
        }
        if (text.contains(variant)) {
            return 0.9 + 0.09 * variant.length() / text.length();
        }
        return 2.0 * lcs(text, variant) / (text.length() + variant.length());
    }

    /** Length of the longest common subsequence. */
    static int lcs(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1)
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

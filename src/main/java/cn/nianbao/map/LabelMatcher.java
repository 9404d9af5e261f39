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

    /** Best score of a source label (raw text) against normalised variants. */
    public static double score(String sourceLabel, List<String> variants) {
        String core = LabelText.core(sourceLabel);
        String whole = LabelText.normalize(sourceLabel);
        double best = 0;
        for (String variant : variants) {
            best = Math.max(best, Math.max(similarity(core, variant), similarity(whole, variant)));
        }
        return best;
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

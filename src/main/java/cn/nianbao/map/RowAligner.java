package cn.nianbao.map;

import cn.nianbao.form.FormRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns a section's source rows with the template's rows, keeping both in order (a longest-path
 * alignment, as in sequence alignment): a row whose label is a little off still lands in its slot, a row
 * the template lacks stays unmatched (an extra), a template row the source lost stays empty.
 */
final class RowAligner {
    /** Below this a label is not taken for a template row at all. */
    static final double MIN_SCORE = 0.6;

    private RowAligner() {
    }

    /** The matches found, source row index to template row with its score. */
    static Map<Integer, Match> align(List<SourceRow> source, List<FormRow> template) {
        int n = source.size();
        int m = template.size();
        double[][] score = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                score[i][j] = matchScore(source.get(i), template.get(j));
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double diagonal = score[i - 1][j - 1] >= MIN_SCORE ? best[i - 1][j - 1] + score[i - 1][j - 1] : -1;
                best[i][j] = Math.max(diagonal, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        Map<Integer, Match> matches = new HashMap<>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            double s = score[i - 1][j - 1];
            if (s >= MIN_SCORE && best[i][j] == best[i - 1][j - 1] + s) {
                matches.put(i - 1, new Match(template.get(j - 1), s));
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return matches;
    }

    /**
     * The label score, or 0 when the row has too few value cells to be that row: a header row such as
     * 商业企业 … 其他 has a label that looks like a data row but no values under it.
     */
    static double matchScore(SourceRow row, FormRow templateRow) {
        int needed = (templateRow.columns().size() + 1) / 2;
        if (!row.hasLabel() || row.capacity() < needed) {
            return 0;
        }
        return Math.max(LabelMatcher.score(row.match().leaf(), templateRow.variants()),
                0.97 * LabelMatcher.score(row.match().full(), templateRow.variants()));
    }

    record Match(FormRow row, double score) {
    }
}

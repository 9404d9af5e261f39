package cn.nianbao.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways digit runs can be cut into numbers, for rows whose cells a crawler ran together ("230 000023"
 * for 23 0 0 0 0 0 23). A space is a real cell boundary; inside a run every cut is possible, but a number
 * never starts with 0 unless it is 0.
 */
final class DigitRuns {
    /** Beyond this many candidate splits the identities cannot pick one anyway. */
    private static final int MAX_SPLITS = 5000;

    private DigitRuns() {
    }

    /** Every way to cut the runs, in order, into exactly {@code cells} numbers. */
    static List<List<Long>> splits(List<String> runs, int cells) {
        List<List<Long>> out = new ArrayList<>();
        cut(runs, 0, 0, cells, new ArrayList<>(), out);
        return out;
    }

    private static void cut(List<String> runs, int run, int at, int left, List<Long> so, List<List<Long>> out) {
        if (out.size() >= MAX_SPLITS) {
            return;
        }
        if (run == runs.size()) {
            if (left == 0) {
                out.add(List.copyOf(so));
            }
            return;
        }
        String digits = runs.get(run);
        if (left == 0 || digits.length() - at > 9 * left) {
            return;
        }
        int maxEnd = digits.charAt(at) == '0' ? at + 1 : Math.min(digits.length(), at + 9);
        for (int end = at + 1; end <= maxEnd; end++) {
            so.add(Long.parseLong(digits.substring(at, end)));
            if (end == digits.length()) {
                cut(runs, run + 1, 0, left - 1, so, out);
            } else {
                cut(runs, run, end, left - 1, so, out);
            }
            so.remove(so.size() - 1);
        }
    }
}

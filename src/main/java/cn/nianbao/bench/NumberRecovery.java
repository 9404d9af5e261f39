package cn.nianbao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many of a table's numbers a plain text holds in the right order (longest common subsequence). */
final class NumberRecovery {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private NumberRecovery() {
    }

    static int inOrder(List<Long> expected, String text) {
        List<Long> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (m.group().length() <= 12) {
                found.add(Long.parseLong(m.group()));
            }
        }
        int[] previous = new int[found.size() + 1];
        for (Long want : expected) {
            int[] current = new int[found.size() + 1];
            for (int j = 1; j <= found.size(); j++) {
                current[j] = want.equals(found.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            previous = current;
        }
        return previous[found.size()];
    }
}

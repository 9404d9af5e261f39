package cn.nianbao.check;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The readings OCR commonly confuses with a number: one digit swapped for a look-alike (1/7, 3/8, 5/6, 0/8). */
final class DigitConfusions {
    private static final Map<Character, String> LOOK_ALIKES = Map.of(
            '0', "86", '1', "74", '3', "8", '4', "1", '5', "6", '6', "58", '7', "1", '8', "036", '9', "4");

    private DigitConfusions() {
    }

    /** Other values a whole number might have been, OCR's own alternatives first. */
    static Set<BigDecimal> of(BigDecimal value, List<String> alternatives) {
        Set<BigDecimal> out = new LinkedHashSet<>();
        for (String alternative : alternatives) {
            String digits = alternative.strip();
            if (digits.matches("\\d{1,9}")) {
                out.add(new BigDecimal(digits));
            }
        }
        String text = value.toPlainString();
        if (text.matches("\\d{1,9}")) {
            for (int i = 0; i < text.length(); i++) {
                for (char swap : LOOK_ALIKES.getOrDefault(text.charAt(i), "").toCharArray()) {
                    out.add(new BigDecimal(text.substring(0, i) + swap + text.substring(i + 1)));
                }
            }
        }
        out.remove(value);
        return out;
    }
}

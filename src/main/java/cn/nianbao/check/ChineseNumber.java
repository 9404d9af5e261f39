package cn.nianbao.check;

/** Small numbers written in digits or in Chinese (两, 十二, 一百零五), as narratives write counts. */
final class ChineseNumber {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    static long parse(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        long total = 0;
        long digit = 0;
        for (char c : text.replace('两', '二').replace('〇', '零').toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += digit * 100;
                digit = 0;
            }
        }
        return total + digit;
    }
}

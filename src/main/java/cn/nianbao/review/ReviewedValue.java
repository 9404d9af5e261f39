package cn.nianbao.review;

import java.math.BigDecimal;
import java.text.Normalizer;

/** A number a reviewer typed: full-width digits, thousands separators and spaces are accepted. */
final class ReviewedValue {
    private static final int MAX_LENGTH = 30;

    private ReviewedValue() {
    }

    static BigDecimal parse(String typed) {
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .replace(",", "").replace(" ", "").strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw invalid(typed);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw invalid(typed);
        }
    }

    private static ReviewRefused invalid(String typed) {
        return new ReviewRefused(ReviewRefused.Kind.INVALID, "“" + (typed == null ? "" : typed.strip())
                + "”不是数字：请填写阿拉伯数字，例如 12 或 1763.5。");
    }
}

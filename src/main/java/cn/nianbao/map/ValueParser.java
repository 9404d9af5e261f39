package cn.nianbao.map;

import cn.nianbao.form.ValueKind;
import cn.nianbao.result.CellState;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cell's text as the spec's values: 0, " 0", 1,234.5, -3, 170余, 约5, 1763万余元, 75394432.52元,
 * and the placeholders -, —, ／, 无, 空.
 */
public final class ValueParser {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern DIGITS_APART = Pattern.compile("\\d[\\s\\u3000]+\\d");
    private static final Pattern PLACEHOLDER = Pattern.compile("[-－—–―‐‑/／\\\\×xX*＊]+|无|空|暂无|没有");
    /** Prefix qualifier, signed number with thousands separators, 万, 余/多, unit, trailing qualifier. */
    private static final Pattern NUMBER = Pattern.compile(
            "(约|大约|近|逾|超过|共计|共|合计)?([+-]?)(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(万)?(余|多)?"
                    + "(万元|元|件|个|条|项|次|人|份|宗|家|篇)?(余|多|左右|以上)?");

    private ValueParser() {
    }

    public static ParsedValue parse(String text, ValueKind kind) {
        String raw = text == null ? "" : text.strip().replace('\u00a0', ' ').strip();
        String compact = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "")
                .replace('，', ',').replace('－', '-');
        if (DIGITS_APART.matcher(raw).find()) {
            // "12 34" is two numbers run together (a flattened row), not 1234: no single value can be read.
            return new ParsedValue(null, CellState.MISSING, raw, true);
        }
        if (compact.isEmpty()) {
            return new ParsedValue(null, CellState.BLANK, raw, false);
        }
        if (PLACEHOLDER.matcher(compact).matches()) {
            return new ParsedValue(null, CellState.PLACEHOLDER, raw, false);
        }
        Matcher m = NUMBER.matcher(compact);
        if (!m.matches()) {
            return new ParsedValue(null, CellState.MISSING, raw, true);
        }
        BigDecimal number = new BigDecimal(m.group(3).replace(",", ""));
        if ("-".equals(m.group(2))) {
            number = number.negate();
        }
        boolean tenThousands = m.group(4) != null || "万元".equals(m.group(6));
        boolean yuan = "元".equals(m.group(6));
        boolean approximate = m.group(1) != null && !m.group(1).startsWith("共") && !m.group(1).equals("合计")
                || m.group(5) != null || m.group(7) != null;
        BigDecimal value = scale(number, kind, tenThousands, yuan);
        return new ParsedValue(value, approximate ? CellState.APPROXIMATE : CellState.OK, raw, false);
    }

    /** Amounts are kept in 万元; counts written with 万 are multiplied out. */
    private static BigDecimal scale(BigDecimal number, ValueKind kind, boolean tenThousands, boolean yuan) {
        BigDecimal value = number;
        if (kind == ValueKind.AMOUNT) {
            if (yuan && !tenThousands) {
                value = number.movePointLeft(4);
            }
        } else if (tenThousands) {
            value = number.multiply(TEN_THOUSAND);
        }
        return normal(value);
    }

    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

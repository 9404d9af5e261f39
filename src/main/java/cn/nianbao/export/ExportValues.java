package cn.nianbao.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How values look in every export: numbers plain, times in Beijing time. */
final class ExportValues {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private ExportValues() {
    }

    /** 12.5, 0, 1763 — never 1.763E+3 nor 0.0000. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static String time(Instant at) {
        return at == null ? null : TIME.format(at);
    }

    /** Width in a spreadsheet's character units: a Chinese character takes two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return width;
    }

    /** The text of a cell's value as a spreadsheet shows it, or null for an empty cell. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? plain(decimal) : value.toString();
    }
}

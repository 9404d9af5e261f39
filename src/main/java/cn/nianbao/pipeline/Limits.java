package cn.nianbao.pipeline;

import cn.nianbao.extract.pdf.PdfReader;
import java.time.Duration;

/**
 * How much one document may take: pages read and time spent. From the environment
 * (NIANBAO_MAX_PAGES, NIANBAO_TIME_LIMIT_SECONDS) or the defaults.
 */
public record Limits(int maxPages, Duration timeLimit) {
    public static final int DEFAULT_MAX_PAGES = PdfReader.DEFAULT_MAX_PAGES;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(300);

    public Limits {
        if (maxPages < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxPages + " pages, " + timeLimit);
        }
    }

    public static Limits fromEnvironment() {
        return new Limits(positive("NIANBAO_MAX_PAGES", DEFAULT_MAX_PAGES),
                Duration.ofSeconds(positive("NIANBAO_TIME_LIMIT_SECONDS", (int) DEFAULT_TIME_LIMIT.toSeconds())));
    }

    private static int positive(String variable, int otherwise) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            return parsed > 0 ? parsed : otherwise;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a whole number, not " + value, e);
        }
    }
}

package cn.nianbao.pipeline;

import cn.nianbao.extract.pdf.PdfReader;
import java.time.Duration;

/**
 * How much one document may take: pages read, time spent, and the size of a text or HTML file (read whole
 * into memory, so its size is what costs). From the environment (NIANBAO_MAX_PAGES, NIANBAO_TIME_LIMIT_SECONDS,
 * NIANBAO_MAX_TEXT_MB) or the defaults.
 */
public record Limits(int maxPages, Duration timeLimit, long maxTextBytes) {
    public static final int DEFAULT_MAX_PAGES = PdfReader.DEFAULT_MAX_PAGES;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(300);
    /** A report's text is tens of kilobytes and a web page with inline images a few megabytes. */
    public static final int DEFAULT_MAX_TEXT_MB = 10;
    private static final long MB = 1024 * 1024;

    public Limits {
        if (maxPages < 1 || timeLimit.isNegative() || timeLimit.isZero() || maxTextBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxPages + " pages, " + timeLimit
                    + ", " + maxTextBytes + " bytes of text");
        }
    }

    public Limits(int maxPages, Duration timeLimit) {
        this(maxPages, timeLimit, DEFAULT_MAX_TEXT_MB * MB);
    }

    public static Limits fromEnvironment() {
        return new Limits(positive("NIANBAO_MAX_PAGES", DEFAULT_MAX_PAGES),
                Duration.ofSeconds(positive("NIANBAO_TIME_LIMIT_SECONDS", (int) DEFAULT_TIME_LIMIT.toSeconds())),
                positive("NIANBAO_MAX_TEXT_MB", DEFAULT_MAX_TEXT_MB) * MB);
    }

    public static long megabytes(int mb) {
        return mb * MB;
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

package cn.nianbao.extract.pdf;

/**
 * A horizontal or vertical line drawn on a page (a stroke or a thin filled rectangle), in top-down page
 * points: a horizontal ruling lies at y = {@code position} from x = {@code start} to {@code end}, a
 * vertical one at x = {@code position} from y = {@code start} to {@code end}.
 */
record Ruling(boolean horizontal, double position, double start, double end) {

    Ruling {
        if (end < start) {
            double swap = start;
            start = end;
            end = swap;
        }
    }

    static Ruling horizontal(double y, double fromX, double toX) {
        return new Ruling(true, y, fromX, toX);
    }

    static Ruling vertical(double x, double fromY, double toY) {
        return new Ruling(false, x, fromY, toY);
    }

    double length() {
        return end - start;
    }

    /** Whether this ruling and a perpendicular one meet (or nearly: borders are drawn with small gaps). */
    boolean meets(Ruling other, double tolerance) {
        return horizontal != other.horizontal
                && other.position >= start - tolerance && other.position <= end + tolerance
                && position >= other.start - tolerance && position <= other.end + tolerance;
    }

    /** How much of the stretch from {@code from} to {@code to} along this ruling's direction it covers. */
    double overlap(double from, double to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
}

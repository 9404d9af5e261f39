package cn.nianbao.extract.ocr;

/**
 * A rule (a printed line) found on a page, in pixels.
 *
 * @param position the centre line: y of a horizontal rule, x of a vertical one
 * @param from where it starts along its direction
 * @param to where it ends, inclusive
 */
record Rule(boolean horizontal, int position, int from, int to, int thickness) {

    int length() {
        return to - from + 1;
    }

    /** Whether this horizontal rule and a vertical one meet, give or take {@code tolerance} pixels. */
    boolean crosses(Rule vertical, int tolerance) {
        return vertical.position >= from - tolerance && vertical.position <= to + tolerance
                && position >= vertical.from - tolerance && position <= vertical.to + tolerance;
    }
}

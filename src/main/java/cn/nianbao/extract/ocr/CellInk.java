package cn.nianbao.extract.ocr;

import java.awt.Rectangle;

/**
 * Where the ink of one table cell is, with the remains of the cell's rules trimmed off. A rule left at the
 * edge of the rectangle given to Tesseract reads as a "1" or "|", so the crop must end before the rules.
 *
 * @param box the ink's bounding box in page pixels; null when the cell is blank
 * @param clear the cell inside its rules and their remains: a crop within it shows no rule
 * @param inkPixels how many pixels are ink
 */
record CellInk(Rectangle box, Rectangle clear, int inkPixels) {
    /** A row or column of the crop this full of ink is a rule (or its remains), not text. */
    private static final double RULE_FILL = 0.6;

    boolean blank() {
        return box == null;
    }

    /**
     * @param cell the cell between the centres of its rules
     * @param inset pixels to skip inside the rules' centre lines
     * @param minInk fewer ink pixels than this is a blank cell (specks of noise)
     */
    static CellInk of(GreyImage page, Rectangle cell, int inset, int inkThreshold, int minInk) {
        Rectangle inner = new Rectangle(cell.x + inset, cell.y + inset, cell.width - 2 * inset, cell.height - 2 * inset)
                .intersection(new Rectangle(0, 0, page.width(), page.height()));
        if (inner.width <= 0 || inner.height <= 0) {
            return new CellInk(null, inner, 0);
        }
        int[] rows = new int[inner.height];
        int[] columns = new int[inner.width];
        for (int y = 0; y < inner.height; y++) {
            for (int x = 0; x < inner.width; x++) {
                if (page.at(inner.x + x, inner.y + y) < inkThreshold) {
                    rows[y]++;
                    columns[x]++;
                }
            }
        }
        int top = trimRules(rows, inner.width, true);
        int bottom = trimRules(rows, inner.width, false);
        int left = trimRules(columns, inner.height, true);
        int right = trimRules(columns, inner.height, false);
        int ink = 0;
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int minY = Integer.MAX_VALUE;
        int maxY = -1;
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                if (page.at(inner.x + x, inner.y + y) < inkThreshold) {
                    ink++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        Rectangle clear = new Rectangle(inner.x + left, inner.y + top, right - left + 1, bottom - top + 1);
        if (ink < minInk) {
            return new CellInk(null, clear, ink);
        }
        return new CellInk(new Rectangle(inner.x + minX, inner.y + minY, maxX - minX + 1, maxY - minY + 1), clear, ink);
    }

    /** Index of the first (or last) line of the crop after skipping rule-like lines at that edge. */
    private static int trimRules(int[] counts, int length, boolean fromStart) {
        int n = counts.length;
        int i = fromStart ? 0 : n - 1;
        int step = fromStart ? 1 : -1;
        // Rule remains are a few pixels thick; never trim more than a tenth of the cell.
        int limit = Math.max(1, n / 10);
        for (int k = 0; k < limit && i >= 0 && i < n; k++, i += step) {
            if (counts[i] < RULE_FILL * length) {
                return i;
            }
        }
        return i;
    }

    /**
     * The ink box grown by {@code pad} on every side but kept {@link #clear} of the rules: Tesseract reads
     * better with some paper around the glyphs.
     */
    Rectangle padded(int pad) {
        Rectangle grown = new Rectangle(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad);
        Rectangle clipped = grown.intersection(clear);
        return clipped.isEmpty() ? box : clipped;
    }
}

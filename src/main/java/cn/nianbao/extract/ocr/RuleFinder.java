package cn.nianbao.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the rules of a page: runs of dark pixels longer than any stroke of text, joined over adjacent rows
 * (or columns) into lines of some thickness. Runs may have small gaps, where noise or compression
 * lightened a pixel of a scanned rule.
 */
final class RuleFinder {
    /** Shortest horizontal rule, in inches: longer than any stroke of body text (一 is about 0.15"). */
    private static final double MIN_HORIZONTAL_INCHES = 0.3;
    /** Shortest vertical rule, in inches: a table row is at least this tall. */
    static final double MIN_VERTICAL_INCHES = 0.12;
    /** Rules thicker than this are filled areas (shading, bold titles), not rules. */
    private static final double MAX_THICKNESS_INCHES = 0.06;
    /** A rule's next row (or column) of pixels may be this far from its last: one noisy row is skipped. */
    private static final int LANE_GAP = 2;

    private final int dpi;

    RuleFinder(int dpi) {
        this.dpi = dpi;
    }

    /** Largest gap in a run, in pixels. */
    int gap() {
        return Math.max(2, Math.round(dpi / 75f));
    }

    /** @param threshold pixels darker than this may belong to a rule */
    List<Rule> find(GreyImage page, int threshold, boolean horizontal) {
        int minLength = (int) Math.round((horizontal ? MIN_HORIZONTAL_INCHES : MIN_VERTICAL_INCHES) * dpi);
        int maxThickness = (int) Math.round(MAX_THICKNESS_INCHES * dpi);
        int lanes = horizontal ? page.height() : page.width();
        List<Draft> open = new ArrayList<>();
        List<Rule> done = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            for (int[] run : runs(page, threshold, horizontal, lane, minLength)) {
                Draft joined = null;
                for (Draft draft : open) {
                    if (draft.last >= lane - LANE_GAP && draft.overlaps(run[0], run[1])) {
                        joined = draft;
                        break;
                    }
                }
                if (joined == null) {
                    joined = new Draft(lane);
                    open.add(joined);
                }
                joined.add(lane, run[0], run[1]);
            }
            for (int i = open.size() - 1; i >= 0; i--) {
                if (open.get(i).last < lane - LANE_GAP) {
                    open.remove(i).toRule(horizontal, maxThickness).ifPresent(done::add);
                }
            }
        }
        open.forEach(draft -> draft.toRule(horizontal, maxThickness).ifPresent(done::add));
        return done;
    }

    /** The dark runs of one row (or column) at least {@code minLength} long, as [start, end] inclusive. */
    private List<int[]> runs(GreyImage page, int threshold, boolean horizontal, int lane, int minLength) {
        byte[] pixels = page.pixels();
        int w = page.width();
        int along = horizontal ? w : page.height();
        int gap = gap();
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int lastDark = -1;
        for (int i = 0; i < along; i++) {
            if ((pixels[horizontal ? lane * w + i : i * w + lane] & 0xff) >= threshold) {
                continue;
            }
            if (start < 0 || i - lastDark > gap + 1) {
                if (start >= 0 && lastDark - start + 1 >= minLength) {
                    runs.add(new int[] {start, lastDark});
                }
                start = i;
            }
            lastDark = i;
        }
        if (start >= 0 && lastDark - start + 1 >= minLength) {
            runs.add(new int[] {start, lastDark});
        }
        return runs;
    }

    /** A rule being collected lane by lane. */
    private static final class Draft {
        private final int first;
        private int last;
        private int from = Integer.MAX_VALUE;
        private int to = Integer.MIN_VALUE;

        Draft(int lane) {
            this.first = lane;
            this.last = lane;
        }

        boolean overlaps(int runFrom, int runTo) {
            int overlap = Math.min(to, runTo) - Math.max(from, runFrom);
            return overlap > 0.5 * Math.min(to - from, runTo - runFrom);
        }

        void add(int lane, int runFrom, int runTo) {
            last = lane;
            from = Math.min(from, runFrom);
            to = Math.max(to, runTo);
        }

        Optional<Rule> toRule(boolean horizontal, int maxThickness) {
            int thickness = last - first + 1;
            if (thickness > maxThickness) {
                return Optional.empty();
            }
            return Optional.of(new Rule(horizontal, (first + last) / 2, from, to, thickness));
        }
    }
}

package cn.nianbao.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Straightens a page scanned slightly askew. Grid detection looks for straight horizontal and vertical
 * runs, which a 1° tilt breaks into pieces of 60 pixels, so tables need this more than text does.
 *
 * <p>The angle comes from the horizontal ink of the page, above all the tables' long rules: sheared by the
 * right angle, their pixels pile up in a few rows (the row profile is sharpest).
 */
public final class Deskew {
    /** Below this, rotating (and resampling every pixel) costs more than the tilt harms. */
    static final double MIN_CORRECTED_DEGREES = 0.3;
    private static final double MAX_DEGREES = 5;
    private static final double COARSE_STEP = 0.1;
    private static final double FINE_STEP = 0.01;
    /** Only horizontal pieces of ink at least this long take part: rules and strokes, not noise or dots. */
    private static final int MIN_RUN = 8;

    private Deskew() {
    }

    /**
     * The tilt {@link TesseractRecognizer} straightens away before it reads a page, so that the boxes it gives
     * (on the straightened page) can be placed on the page as scanned.
     *
     * @param page the page image as the recognizer got it (same resolution, so the same answer)
     * @return degrees as {@link #estimateDegrees}, 0 when the recognizer leaves the page as it is
     */
    public static double correctedDegrees(BufferedImage page) {
        GreyImage grey = GreyImage.of(page);
        return correction(grey, InkLevels.of(grey));
    }

    /** The tilt worth undoing: the estimate, or 0 below {@link #MIN_CORRECTED_DEGREES}. */
    static double correction(GreyImage page, InkLevels levels) {
        double tilt = estimateDegrees(page, levels);
        return Math.abs(tilt) >= MIN_CORRECTED_DEGREES ? tilt : 0;
    }

    /**
     * @return the page's tilt in degrees: positive when horizontal lines descend to the right (clockwise)
     */
    static double estimateDegrees(GreyImage page, InkLevels levels) {
        int[][] points = horizontalInk(page, levels.lineThreshold());
        if (points[0].length == 0) {
            return 0;
        }
        double best = bestAngle(points, page, -MAX_DEGREES, MAX_DEGREES, COARSE_STEP);
        return bestAngle(points, page, best - COARSE_STEP, best + COARSE_STEP, FINE_STEP);
    }

    /** The page turned by {@code -degrees} about its centre, so that a tilt of {@code degrees} is undone. */
    static GreyImage rotate(GreyImage page, double degrees, int paper) {
        int w = page.width();
        int h = page.height();
        byte[] in = page.pixels();
        byte[] out = new byte[in.length];
        double cos = Math.cos(Math.toRadians(degrees));
        double sin = Math.sin(Math.toRadians(degrees));
        double cx = w / 2.0;
        double cy = h / 2.0;
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            // Source of (x, y) is R(degrees)·((x, y) − c) + c, stepped along the row.
            double sx = cos * -cx - sin * dy + cx;
            double sy = sin * -cx + cos * dy + cy;
            int row = y * w;
            for (int x = 0; x < w; x++, sx += cos, sy += sin) {
                out[row + x] = (byte) bilinear(in, w, h, sx, sy, paper);
            }
        }
        return new GreyImage(out, w, h);
    }

    private static int bilinear(byte[] in, int w, int h, double x, double y, int outside) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
            return outside;
        }
        double fx = x - x0;
        double fy = y - y0;
        int i = y0 * w + x0;
        double top = (in[i] & 0xff) * (1 - fx) + (in[i + 1] & 0xff) * fx;
        double bottom = (in[i + w] & 0xff) * (1 - fx) + (in[i + w + 1] & 0xff) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    /** Coordinates (relative to the centre) of dark pixels in horizontal runs of {@link #MIN_RUN} or more. */
    private static int[][] horizontalInk(GreyImage page, int threshold) {
        int w = page.width();
        IntList xs = new IntList();
        IntList ys = new IntList();
        byte[] pixels = page.pixels();
        for (int y = 0; y < page.height(); y++) {
            int row = y * w;
            int start = -1;
            for (int x = 0; x <= w; x++) {
                boolean dark = x < w && (pixels[row + x] & 0xff) < threshold;
                if (dark && start < 0) {
                    start = x;
                } else if (!dark && start >= 0) {
                    if (x - start >= MIN_RUN) {
                        // Every other pixel of a run is enough to find its slope.
                        for (int p = start; p < x; p += 2) {
                            xs.add(p - w / 2);
                            ys.add(y);
                        }
                    }
                    start = -1;
                }
            }
        }
        return new int[][] {xs.toArray(), ys.toArray()};
    }

    private static double bestAngle(int[][] points, GreyImage page, double from, double to, double step) {
        int margin = (int) Math.ceil(page.width() * Math.tan(Math.toRadians(MAX_DEGREES + 1)));
        long[] profile = new long[page.height() + 2 * margin];
        double best = 0;
        double bestScore = -1;
        int steps = (int) Math.round((to - from) / step);
        for (int i = 0; i <= steps; i++) {
            double degrees = from + i * step;
            double score = sharpness(points, Math.tan(Math.toRadians(degrees)), profile, margin);
            // Ties go to the smaller angle: an untilted page stays untouched.
            if (score > bestScore || (score == bestScore && Math.abs(degrees) < Math.abs(best))) {
                bestScore = score;
                best = degrees;
            }
        }
        return best;
    }

    /** Sum of squares of the row profile after shearing by {@code slope}: largest when rules fall in one row. */
    private static double sharpness(int[][] points, double slope, long[] profile, int margin) {
        Arrays.fill(profile, 0);
        int[] xs = points[0];
        int[] ys = points[1];
        for (int i = 0; i < xs.length; i++) {
            int row = (int) Math.round(ys[i] - xs[i] * slope) + margin;
            if (row >= 0 && row < profile.length) {
                profile[row]++;
            }
        }
        double sum = 0;
        for (long count : profile) {
            sum += (double) count * count;
        }
        return sum;
    }
}

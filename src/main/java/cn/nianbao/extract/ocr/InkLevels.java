package cn.nianbao.extract.ocr;

/**
 * The paper's grey level and noise on a page, and the thresholds derived from them. Fixed thresholds fail on
 * scans: their paper is grey, and their table lines come out light (190–230) after blur and compression.
 *
 * @param paper the commonest light grey level (the paper)
 * @param noise the spread of the paper's grey level (standard deviation, from its light side, where no ink is)
 * @param ink the typical grey level of ink (the median of the clearly dark pixels): near 0 for a clean
 *            page, 120 or more for a faint copy
 */
record InkLevels(int paper, double noise, int ink) {

    /** Lines are found from runs, which noise alone does not make, so their threshold can sit near the paper. */
    private static final int MIN_LINE_CONTRAST = 20;
    /** Ink that counts as text in a cell: clearly darker than the paper even where noise is. */
    private static final int MIN_INK_CONTRAST = 30;
    /** Where between paper and ink a pixel starts to count as ink: nearer the paper keeps faint strokes whole. */
    private static final double INK_SHARE = 0.35;

    static InkLevels of(GreyImage image) {
        long[] histogram = new long[256];
        byte[] pixels = image.pixels();
        // Every 7th pixel is plenty for a histogram of millions and keeps this to a few milliseconds.
        for (int i = 0; i < pixels.length; i += 7) {
            histogram[pixels[i] & 0xff]++;
        }
        int paper = 128;
        for (int level = 128; level < 256; level++) {
            if (histogram[level] > histogram[paper]) {
                paper = level;
            }
        }
        double sum = 0;
        long count = 0;
        for (int level = paper; level < 256; level++) {
            sum += histogram[level] * (double) (level - paper) * (level - paper);
            count += histogram[level];
        }
        // The light side is cut off at 255 for white paper; a floor keeps the thresholds sane there.
        double noise = Math.max(2, Math.sqrt(sum / Math.max(1, count)));
        int dark = paper - (int) Math.max(MIN_INK_CONTRAST, 5 * noise);
        long darkCount = 0;
        for (int level = 0; level < dark; level++) {
            darkCount += histogram[level];
        }
        int ink = 0;
        for (long seen = 0; ink < dark && seen + histogram[ink] <= darkCount / 2; ink++) {
            seen += histogram[ink];
        }
        return new InkLevels(paper, noise, darkCount == 0 ? 0 : ink);
    }

    /** Pixels darker than this may belong to a table line (runs of them are looked for, see GridDetector). */
    int lineThreshold() {
        return paper - (int) Math.max(MIN_LINE_CONTRAST, 2.5 * noise);
    }

    /** Pixels darker than this are ink, not noise: a third of the way from paper to ink, clear of the grain. */
    int inkThreshold() {
        int contrast = (int) Math.max(Math.max(MIN_INK_CONTRAST, 5 * noise), INK_SHARE * (paper - ink));
        return paper - contrast;
    }
}

package cn.nianbao.review.evidence;

/**
 * A picture from a PDF or a scanned image: the band of the page around a cell (the page's full width, a few
 * rows above and below, so that the row label and the neighbouring values show) with a red box on the
 * cell; or a whole page.
 *
 * @param png the picture as PNG bytes (not copied: do not change them)
 * @param width its width in pixels
 * @param height its height in pixels
 * @param page the page it shows, from 1
 * @param mark where the red box is in the picture; null for a whole page shown without a cell
 * @param caption 第 N 页
 */
public record ImageEvidence(byte[] png, int width, int height, int page, Mark mark, String caption)
        implements Evidence {

    /** A rectangle in the picture's pixels, from its top left (the bounds of the box when it is tilted). */
    public record Mark(int x, int y, int width, int height) {
    }
}

package cn.nianbao.review.evidence;

import cn.nianbao.review.evidence.ImageEvidence.Mark;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

/**
 * Cuts the pictures shown from a page image: the band around a cell, marked with a red box, or the whole
 * page. The band takes the page's full width, so the row label at the left shows beside the value.
 */
final class CellBand {
    /** Context above and below the cell: three rows of its own height, within these bounds (points). */
    private static final double ROWS_OF_CONTEXT = 3;
    private static final double MIN_CONTEXT_POINTS = 45;
    private static final double MAX_CONTEXT_POINTS = 120;
    /** The box is drawn this far outside the cell (pixels of the picture), so it frames the digits, not hides them. */
    private static final double MARK_MARGIN = 3;
    private static final float MARK_WIDTH = 3;
    static final Color MARK_COLOUR = new Color(255, 0, 0);

    private CellBand() {
    }

    /**
     * @param box x, y, width, height in points, as the cell's origin gives it
     * @return empty when the box is malformed or lies off the page
     */
    static Optional<Evidence> marked(PageImage page, double[] box, int pageNumber) throws IOException {
        if (box.length != 4 || !(box[2] >= 0 && box[3] >= 0) || !Double.isFinite(box[0] + box[1] + box[2] + box[3])) {
            return Optional.empty();
        }
        BufferedImage image = page.image();
        Rectangle cell = page.outline(box[0], box[1], box[2], box[3]).getBounds();
        if (!cell.intersects(new Rectangle(image.getWidth(), image.getHeight()))) {
            return Optional.empty();
        }
        double context = Math.max(MIN_CONTEXT_POINTS, Math.min(MAX_CONTEXT_POINTS, ROWS_OF_CONTEXT * box[3]))
                * page.pixelsPerPoint();
        int top = (int) Math.max(0, Math.floor(cell.y - context));
        int bottom = (int) Math.min(image.getHeight(), Math.ceil(cell.getMaxY() + context));
        Rectangle band = new Rectangle(0, top, image.getWidth(), bottom - top);
        double scale = scale(page, band);
        BufferedImage picture = Pictures.resized(image, band, size(band.width, scale), size(band.height, scale));

        Mark mark = drawMark(picture, page, box, band);
        return Optional.of(new ImageEvidence(Pictures.png(picture), picture.getWidth(), picture.getHeight(), pageNumber,
                mark, caption(pageNumber)));
    }

    /** The whole page, unmarked. */
    static ImageEvidence whole(PageImage page, int pageNumber) throws IOException {
        BufferedImage image = page.image();
        Rectangle all = new Rectangle(image.getWidth(), image.getHeight());
        double scale = scale(page, all);
        BufferedImage picture = Pictures.resized(image, all, size(all.width, scale), size(all.height, scale));
        return new ImageEvidence(Pictures.png(picture), picture.getWidth(), picture.getHeight(), pageNumber, null,
                caption(pageNumber));
    }

    private static String caption(int pageNumber) {
        return "第 " + pageNumber + " 页";
    }

    /** From the page's pixels to the picture's: the evidence resolution, within the size limit. */
    private static double scale(PageImage page, Rectangle area) {
        double wanted = PageImage.EVIDENCE_DPI / PageImage.POINTS_PER_INCH / page.pixelsPerPoint();
        return Math.min(wanted, (double) PageImage.MAX_SIDE / Math.max(area.width, area.height));
    }

    private static int size(int pixels, double scale) {
        return Math.max(1, (int) Math.round(pixels * scale));
    }

    /** Draws the red box around the cell on the picture of {@code band}; returns where it went. */
    private static Mark drawMark(BufferedImage picture, PageImage page, double[] box, Rectangle band) {
        double scale = (double) picture.getWidth() / band.width;
        double margin = MARK_MARGIN / (scale * page.pixelsPerPoint());
        Shape outline = page.outline(box[0] - margin, box[1] - margin, box[2] + 2 * margin, box[3] + 2 * margin);
        AffineTransform toPicture = AffineTransform.getScaleInstance(scale, (double) picture.getHeight() / band.height);
        toPicture.translate(-band.x, -band.y);
        Shape mark = toPicture.createTransformedShape(outline);
        Graphics2D g = picture.createGraphics();
        try {
            // Without antialiasing the box is pure red, easy to see and to find.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(MARK_COLOUR);
            g.setStroke(new BasicStroke(MARK_WIDTH));
            g.draw(mark);
        } finally {
            g.dispose();
        }
        Rectangle drawn = mark.getBounds();
        drawn.grow((int) Math.ceil(MARK_WIDTH / 2), (int) Math.ceil(MARK_WIDTH / 2));
        Rectangle bounds = drawn.intersection(new Rectangle(picture.getWidth(), picture.getHeight()));
        return new Mark(bounds.x, bounds.y, bounds.width, bounds.height);
    }
}

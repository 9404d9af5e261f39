package cn.nianbao.review.evidence;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A page as pixels, with what it takes to place the readers' boxes on it. Boxes are in PDF points from the
 * top left of the page as displayed; for a page read by OCR they are on the page as the recognizer
 * straightened it, so they are turned back by its tilt to land on the page as scanned.
 *
 * @param pixelsPerPoint the image's pixels per PDF point (dpi / 72)
 * @param tiltDegrees the tilt the recognizer took away (0 for pages read from their text layer)
 */
record PageImage(BufferedImage image, double pixelsPerPoint, double tiltDegrees) {
    /** Resolution of the pictures shown: the digits read easily, a page band stays near 1,100 pixels wide. */
    static final double EVIDENCE_DPI = 130;
    static final double POINTS_PER_INCH = 72;
    /** No picture shown is wider or taller than this. */
    static final int MAX_SIDE = 2500;
    /** The most pixels a page is rendered or decoded at: an A3 page at 300 dpi, or a huge page shrunk to it. */
    static final long MAX_PIXELS = 20_000_000;

    /** The outline of a box given in points, in this image's pixels (a tilted rectangle on a tilted scan). */
    Shape outline(double x, double y, double width, double height) {
        AffineTransform toPixels = AffineTransform.getRotateInstance(Math.toRadians(tiltDegrees),
                image.getWidth() / 2.0, image.getHeight() / 2.0);
        // The recognizer turned the page about its centre: straightened (x, y) came from R(tilt)·((x, y) − c) + c.
        toPixels.scale(pixelsPerPoint, pixelsPerPoint);
        return toPixels.createTransformedShape(new Rectangle2D.Double(x, y, width, height));
    }

    /**
     * The scale, at most {@code wanted}, at which a page of {@code widthPoints} × {@code heightPoints} stays
     * within {@link #MAX_PIXELS} and, when {@code capWidth}, within {@link #MAX_SIDE} pixels wide.
     */
    static double boundedScale(double wanted, double widthPoints, double heightPoints, boolean capWidth) {
        double scale = Math.min(wanted, Math.sqrt(MAX_PIXELS / Math.max(1, widthPoints * heightPoints)));
        return capWidth ? Math.min(scale, MAX_SIDE / Math.max(1, widthPoints)) : scale;
    }
}

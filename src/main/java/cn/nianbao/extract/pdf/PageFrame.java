package cn.nianbao.extract.pdf;

import java.awt.geom.Point2D;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Turns PDF user-space points (origin at the bottom left, y up) into the page as displayed: origin at the
 * top left of the crop box, y down, after the page's /Rotate. This is the frame PDFBox gives text positions
 * in (TextPosition's *DirAdj values for upright text), so lines and glyphs can be compared directly.
 */
final class PageFrame {
    private final double lowerLeftX;
    private final double lowerLeftY;
    private final double width;
    private final double height;
    private final int rotation;

    PageFrame(PDPage page) {
        PDRectangle crop = page.getCropBox();
        this.lowerLeftX = crop.getLowerLeftX();
        this.lowerLeftY = crop.getLowerLeftY();
        this.width = crop.getWidth();
        this.height = crop.getHeight();
        this.rotation = Math.floorMod(page.getRotation(), 360);
    }

    /** Width of the page as displayed. */
    double displayWidth() {
        return rotation == 90 || rotation == 270 ? height : width;
    }

    double displayHeight() {
        return rotation == 90 || rotation == 270 ? width : height;
    }

    Point2D.Double toDisplay(Point2D point) {
        double x = point.getX() - lowerLeftX;
        double y = point.getY() - lowerLeftY;
        return switch (rotation) {
            case 90 -> new Point2D.Double(y, x);
            case 180 -> new Point2D.Double(width - x, y);
            case 270 -> new Point2D.Double(height - y, width - x);
            default -> new Point2D.Double(x, height - y);
        };
    }
}

package cn.nianbao.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects a page's ruling lines from its drawing operations: straight horizontal or vertical stroked
 * segments (LibreOffice draws cell borders as strokes) and thin filled rectangles (Word and WPS draw them
 * as filled boxes a fraction of a point thick). Clipping paths and white lines are not rulings. Also counts
 * images and glyphs for {@link TextLayerQuality}.
 */
final class RulingLines extends PDFGraphicsStreamEngine {
    /** A segment this far from the axis still counts as horizontal or vertical. */
    private static final double AXIS_TOLERANCE = 1.0;
    /** A filled rectangle at most this thick is a line; thicker ones are shading or decoration. */
    private static final double MAX_THICKNESS = 3.0;
    /** Shorter marks (bullets, the corner squares Word draws where borders meet) are no rulings. */
    private static final double MIN_LENGTH = 4.0;
    /** Colour components above this (of 1) are as good as white: borders painted out. */
    private static final float NEAR_WHITE = 0.94f;

    private final PageFrame frame;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> current;
    private double imageArea;
    private int glyphs;

    private RulingLines(PDPage page) {
        super(page);
        this.frame = new PageFrame(page);
    }

    static PageGraphics of(PDPage page) throws IOException {
        RulingLines engine = new RulingLines(page);
        engine.processPage(page);
        double pageArea = engine.frame.displayWidth() * engine.frame.displayHeight();
        return new PageGraphics(engine.rulings, pageArea > 0 ? Math.min(1, engine.imageArea / pageArea) : 0,
                engine.glyphs);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        subpaths.add(new ArrayList<>(List.of(p0, p1, p2, p3, p0)));
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
        } else {
            current.add(new Point2D.Float(x, y));
        }
    }

    /** A curve is no ruling: the straight run before it ends, a new one may start at its end. */
    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null || current.isEmpty() ? new Point2D.Float() : current.get(current.size() - 1);
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    @Override
    public void clip(int windingRule) {
        // The path still ends with endPath (W n) or is painted: nothing to do until then.
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() throws IOException {
        if (isVisible(getGraphicsState().getStrokingColor())) {
            addStrokedSegments();
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        if (isVisible(getGraphicsState().getNonStrokingColor())) {
            addThinRectangles();
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        if (isVisible(getGraphicsState().getStrokingColor())) {
            addStrokedSegments();
        }
        if (isVisible(getGraphicsState().getNonStrokingColor())) {
            addThinRectangles();
        }
        clearPath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    @Override
    public void drawImage(PDImage image) {
        // An image is drawn into the unit square of the current transformation.
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        imageArea += Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY());
    }

    /**
     * Counts the glyph without drawing it: a Type 3 glyph's own drawing would otherwise add its strokes as
     * rulings.
     */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
        glyphs++;
    }

    private void addStrokedSegments() {
        for (List<Point2D> subpath : subpaths) {
            for (int i = 1; i < subpath.size(); i++) {
                addSegment(frame.toDisplay(subpath.get(i - 1)), frame.toDisplay(subpath.get(i)));
            }
        }
    }

    private void addSegment(Point2D a, Point2D b) {
        double dx = Math.abs(a.getX() - b.getX());
        double dy = Math.abs(a.getY() - b.getY());
        if (dy <= AXIS_TOLERANCE && dx >= MIN_LENGTH) {
            rulings.add(Ruling.horizontal((a.getY() + b.getY()) / 2, a.getX(), b.getX()));
        } else if (dx <= AXIS_TOLERANCE && dy >= MIN_LENGTH) {
            rulings.add(Ruling.vertical((a.getX() + b.getX()) / 2, a.getY(), b.getY()));
        }
    }

    private void addThinRectangles() {
        for (List<Point2D> subpath : subpaths) {
            Box box = axisAlignedRectangle(subpath);
            if (box == null) {
                continue;
            }
            double thickness = Math.min(box.width(), box.height());
            double length = Math.max(box.width(), box.height());
            if (thickness > MAX_THICKNESS || length < MIN_LENGTH) {
                continue;
            }
            rulings.add(box.width() >= box.height()
                    ? Ruling.horizontal(box.centreY(), box.left(), box.right())
                    : Ruling.vertical(box.centreX(), box.top(), box.bottom()));
        }
    }

    /** The box of a closed four-cornered path whose sides follow the axes, else null. */
    private Box axisAlignedRectangle(List<Point2D> subpath) {
        int corners = subpath.size();
        if (corners == 5 && subpath.get(0).distance(subpath.get(4)) < AXIS_TOLERANCE) {
            corners = 4;
        }
        if (corners != 4) {
            return null;
        }
        List<Point2D> points = subpath.subList(0, 4).stream().<Point2D>map(frame::toDisplay).toList();
        for (int i = 0; i < 4; i++) {
            Point2D a = points.get(i);
            Point2D b = points.get((i + 1) % 4);
            boolean alongAxis = Math.abs(a.getX() - b.getX()) <= AXIS_TOLERANCE
                    || Math.abs(a.getY() - b.getY()) <= AXIS_TOLERANCE;
            if (!alongAxis) {
                return null;
            }
        }
        double left = points.stream().mapToDouble(Point2D::getX).min().orElse(0);
        double right = points.stream().mapToDouble(Point2D::getX).max().orElse(0);
        double top = points.stream().mapToDouble(Point2D::getY).min().orElse(0);
        double bottom = points.stream().mapToDouble(Point2D::getY).max().orElse(0);
        return new Box(left, top, right, bottom);
    }

    private void clearPath() {
        subpaths.clear();
        current = null;
    }

    /** White (or unreadable pattern) paint is taken as visible unless it is clearly white. */
    private static boolean isVisible(PDColor color) {
        try {
            int rgb = color.toRGB();
            float limit = NEAR_WHITE * 255;
            return ((rgb >> 16) & 0xff) <= limit || ((rgb >> 8) & 0xff) <= limit || (rgb & 0xff) <= limit;
        } catch (IOException | RuntimeException notConvertible) {
            return true;
        }
    }
}

package cn.nianbao.extract.pdf;

import cn.nianbao.document.Origin;
import java.util.Collection;

/**
 * A rectangle on a page in PDF points, with y growing DOWN from the top of the page (as a reader sees it),
 * which is the convention of every {@link Origin#pageBox} this package writes.
 */
record Box(double left, double top, double right, double bottom) {

    static Box of(double x, double y, double width, double height) {
        return new Box(x, y, x + width, y + height);
    }

    /** The smallest box around all of them; null for none. */
    static Box around(Collection<Box> boxes) {
        Box out = null;
        for (Box box : boxes) {
            out = out == null ? box : out.union(box);
        }
        return out;
    }

    double width() {
        return right - left;
    }

    double height() {
        return bottom - top;
    }

    double centreX() {
        return (left + right) / 2;
    }

    double centreY() {
        return (top + bottom) / 2;
    }

    Box union(Box other) {
        return new Box(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
                Math.max(bottom, other.bottom));
    }

    boolean contains(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    /** The page box of the source document's model: page, then x, y from the top, width, height. */
    Origin origin(int page) {
        return Origin.pageBox(page, round(left), round(top), round(width()), round(height()));
    }

    /** Hundredths of a point are finer than any layout, and keep the JSON short. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

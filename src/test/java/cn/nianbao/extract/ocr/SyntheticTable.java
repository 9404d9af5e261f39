package cn.nianbao.extract.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * A small ruled table drawn with Java2D at 300 dpi, as a word processor prints one: 4 grid columns and 4 grid
 * rows, with a label cell merged over two rows (no rule between them in column 0) and a header merged over
 * three columns (no rules between them in row 0). Value cells hold digits, some are blank.
 *
 * <pre>
 *   +--------+-----------------------+
 *   |        |        header         |
 *   |  (0,0) +-------+-------+-------+
 *   |        |  1,1  |  1,2  |  1,3  |
 *   +--------+-------+-------+-------+
 *   |  2,0   |   0   |  145  | 4268  |
 *   +--------+-------+-------+-------+
 *   |  3,0   |   12  |       |   7   |
 *   +--------+-------+-------+-------+
 * </pre>
 */
public final class SyntheticTable {
    public static final int DPI = 300;
    static final int[] XS = {150, 550, 800, 1050, 1300};
    static final int[] YS = {200, 290, 380, 460, 540};
    /** The digits written in the value cells, by "row,column". */
    public static final Map<String, String> DIGITS = Map.of("2,1", "0", "2,2", "145", "2,3", "4268", "3,1", "12", "3,3", "7");
    private static final int LINE = 3;

    private SyntheticTable() {
    }

    public static BufferedImage page() {
        BufferedImage page = new BufferedImage(1450, 700, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(LINE));
            int left = XS[0];
            int right = XS[XS.length - 1];
            int top = YS[0];
            int bottom = YS[YS.length - 1];
            g.drawLine(left, top, right, top);
            g.drawLine(XS[1], YS[1], right, YS[1]);
            for (int r = 2; r < YS.length; r++) {
                g.drawLine(left, YS[r], right, YS[r]);
            }
            g.drawLine(left, top, left, bottom);
            g.drawLine(XS[1], top, XS[1], bottom);
            g.drawLine(XS[2], YS[1], XS[2], bottom);
            g.drawLine(XS[3], YS[1], XS[3], bottom);
            g.drawLine(right, top, right, bottom);
            // 10.5 pt at 300 dpi, the usual size of a report's table.
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 44));
            FontMetrics metrics = g.getFontMetrics();
            DIGITS.forEach((cell, digits) -> {
                int row = Integer.parseInt(cell.substring(0, 1));
                int column = Integer.parseInt(cell.substring(2));
                int x = (XS[column] + XS[column + 1] - metrics.stringWidth(digits)) / 2;
                int y = (YS[row] + YS[row + 1] + metrics.getAscent() - metrics.getDescent()) / 2;
                g.drawString(digits, x, y);
            });
        } finally {
            g.dispose();
        }
        return page;
    }
}

package cn.nianbao.review.evidence;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Resizing and PNG encoding for the pictures shown. */
final class Pictures {

    private Pictures() {
    }

    /**
     * The {@code area} of {@code source} at {@code width} × {@code height}, in colour (the mark is red). Large
     * reductions go in halving steps: one bilinear step from a 300 dpi scan loses thin strokes and table rules.
     */
    static BufferedImage resized(BufferedImage source, Rectangle area, int width, int height) {
        BufferedImage current = source;
        Rectangle from = area;
        while (true) {
            int w = Math.max(width, from.width / 2);
            int h = Math.max(height, from.height / 2);
            BufferedImage next = draw(current, from, w, h);
            if (w == width && h == height) {
                return next;
            }
            current = next;
            from = new Rectangle(w, h);
        }
    }

    private static BufferedImage draw(BufferedImage source, Rectangle from, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, from.x, from.y, from.x + from.width, from.y + from.height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] png(BufferedImage picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(picture, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }
}

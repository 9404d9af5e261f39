package cn.nianbao.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * A page as 8-bit grey pixels, row by row, 0 = black. The one pixel format the OCR steps share: Tesseract
 * takes these bytes as they are (Debian 12's Leptonica cannot take a Java image through tess4j).
 */
public record GreyImage(byte[] pixels, int width, int height) {

    public GreyImage {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + pixels.length);
        }
    }

    /** Any image in grey; transparent areas become white, as on paper. */
    public static GreyImage of(BufferedImage image) {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int w = grey.getWidth();
        int h = grey.getHeight();
        if (data.length == w * h) {
            return new GreyImage(data.clone(), w, h);
        }
        // A sub-image or padded raster: copy row by row.
        byte[] copy = new byte[w * h];
        grey.getRaster().getDataElements(0, 0, w, h, copy);
        return new GreyImage(copy, w, h);
    }

    /** Grey level 0 (black) to 255 (white) at x, y. */
    public int at(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }

    /**
     * A copy of {@code area} (clipped to the image) on a margin of {@code border} pixels of the grey level
     * {@code paper}: the piece of the page an engine reads, with nothing else of the page around it.
     */
    public GreyImage cut(Rectangle area, int border, int paper) {
        Rectangle part = area.intersection(new Rectangle(0, 0, width, height));
        int w = Math.max(0, part.width) + 2 * border;
        int h = Math.max(0, part.height) + 2 * border;
        byte[] out = new byte[w * h];
        Arrays.fill(out, (byte) paper);
        for (int y = 0; y < part.height; y++) {
            System.arraycopy(pixels, (part.y + y) * width + part.x, out, (border + y) * w + border, part.width);
        }
        return new GreyImage(out, w, h);
    }

    /** Black where darker than {@code threshold}, white elsewhere. */
    public GreyImage binarized(int threshold) {
        byte[] out = new byte[pixels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((pixels[i] & 0xff) < threshold ? 0 : 255);
        }
        return new GreyImage(out, width, height);
    }

}

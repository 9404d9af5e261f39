package cn.nianbao.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns a clean rendered page into what a cheap office scanner makes of a printout: slightly turned, grey
 * paper, black that is not quite black, grain, a little blur, and JPEG compression. Java2D only, so the
 * scan fixtures can be remade and the tests can degrade their own pictures without ImageMagick.
 *
 * <p>Run as a program: {@code ScanDegrader IN.png OUT.jpg [DEGREES]}.
 */
public final class ScanDegrader {

    /**
     * @param degrees rotation, clockwise (a scan is rarely more than 1° off)
     * @param paper grey level of white paper
     * @param ink grey level of black ink
     * @param noise standard deviation of the grain, in grey levels
     * @param blur standard deviation of the Gaussian blur, in pixels
     * @param jpegQuality 0..1
     * @param seed of the grain, so a fixture comes out the same every time
     */
    public record Settings(double degrees, int paper, int ink, double noise, double blur, float jpegQuality,
                           long seed) {
        /** A plain office scan, the kind the fixtures show. */
        public static Settings officeScan(double degrees) {
            return new Settings(degrees, 232, 28, 9, 0.8, 0.55f, 20261122L);
        }
    }

    private ScanDegrader() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ScanDegrader IN.png OUT.jpg [DEGREES]");
            System.exit(2);
        }
        double degrees = args.length > 2 ? Double.parseDouble(args[2]) : 0.7;
        BufferedImage page = ImageIO.read(Path.of(args[0]).toFile());
        Files.write(Path.of(args[1]), jpeg(degrade(page, Settings.officeScan(degrees)), Settings.officeScan(degrees)));
    }

    /** The degraded page, 8-bit grey, same size (before compression: see {@link #jpeg}). */
    public static BufferedImage degrade(BufferedImage page, Settings settings) {
        BufferedImage grey = rotated(page, settings.degrees());
        byte[] pixels = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        Random random = new Random(settings.seed());
        double range = (settings.paper() - settings.ink()) / 255.0;
        for (int i = 0; i < pixels.length; i++) {
            double level = settings.ink() + (pixels[i] & 0xff) * range + random.nextGaussian() * settings.noise();
            pixels[i] = (byte) Math.max(0, Math.min(255, Math.round(level)));
        }
        return settings.blur() > 0 ? blurred(grey, settings.blur()) : grey;
    }

    /** JPEG bytes of a grey page at the settings' quality: compression artifacts are part of a scan. */
    public static byte[] jpeg(BufferedImage grey, Settings settings) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(settings.jpegQuality());
            writer.write(null, new IIOImage(grey, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage rotated(BufferedImage page, double degrees) {
        BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
            g.drawImage(page, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    /** Separable Gaussian blur, one pass per direction. */
    private static BufferedImage blurred(BufferedImage grey, double sigma) {
        int radius = (int) Math.ceil(2.5 * sigma);
        float[] weights = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            weights[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += weights[i + radius];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        ConvolveOp across = new ConvolveOp(new Kernel(weights.length, 1, weights), ConvolveOp.EDGE_NO_OP, null);
        ConvolveOp down = new ConvolveOp(new Kernel(1, weights.length, weights), ConvolveOp.EDGE_NO_OP, null);
        return down.filter(across.filter(grey, null), null);
    }
}

package cn.nianbao.extract.ocr;

import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.Node;

/**
 * The resolution of a scanned page: what its file states, else the configured default. The image reader
 * measures OCR boxes in PDF points with it; whoever draws those boxes back on the image needs the same one.
 */
public final class ScanResolution {
    /** Resolutions outside this range are not believed: the header is wrong (often 72 or 1 "dpi"). */
    private static final int MIN_BELIEVED_DPI = 100;
    private static final int MAX_BELIEVED_DPI = 1200;
    private static final double MM_PER_INCH = 25.4;
    private static final double METRES_PER_INCH = 0.0254;
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    private ScanResolution() {
    }

    /**
     * @param decoder an image decoder with its input set
     * @param page 0-based
     * @param defaultDpi what scans are assumed to have when the file does not say (scans are mostly 200–300 dpi)
     */
    public static float of(ImageReader decoder, int page, int defaultDpi) {
        try {
            IIOMetadata metadata = decoder.getImageMetadata(page);
            Double stated = metadata == null ? null : statedDpi(metadata);
            if (stated != null && stated >= MIN_BELIEVED_DPI && stated <= MAX_BELIEVED_DPI) {
                return stated.floatValue();
            }
        } catch (IOException | RuntimeException unreadableMetadata) {
            // The metadata is only a hint.
        }
        return defaultDpi;
    }

    private static Double statedDpi(IIOMetadata metadata) {
        if (PNG_METADATA.equals(metadata.getNativeMetadataFormatName())) {
            // The JDK's standard view of PNG metadata gives pixels per millimetre where it promises millimetres
            // per pixel, so the pHYs chunk is read as it is.
            Node phys = child(metadata.getAsTree(PNG_METADATA), "pHYs");
            if (phys == null || !"meter".equals(attribute(phys, "unitSpecifier"))) {
                return null;
            }
            return Double.parseDouble(attribute(phys, "pixelsPerUnitXAxis")) * METRES_PER_INCH;
        }
        if (!metadata.isStandardMetadataFormatSupported()) {
            return null;
        }
        Node size = child(child(metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName), "Dimension"),
                "HorizontalPixelSize");
        return size == null ? null : MM_PER_INCH / Double.parseDouble(attribute(size, "value"));
    }

    private static Node child(Node parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (name.equals(node.getNodeName())) {
                return node;
            }
        }
        return null;
    }

    private static String attribute(Node node, String name) {
        return ((IIOMetadataNode) node).getAttribute(name);
    }
}

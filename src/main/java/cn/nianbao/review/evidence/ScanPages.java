package cn.nianbao.review.evidence;

import cn.nianbao.extract.ocr.Deskew;
import cn.nianbao.extract.ocr.ScanResolution;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes one page of a scanned image (PNG, JPEG, TIFF with several pages), at the resolution the image
 * reader assumed for it, so that OCR boxes in points land on the right pixels. A large page is decoded
 * with subsampling rather than whole, so it never takes more than {@link PageImage#MAX_PIXELS}.
 */
final class ScanPages {
    private final int defaultDpi;

    /** @param defaultDpi the OCR settings' resolution for images that do not state one */
    ScanPages(int defaultDpi) {
        this.defaultDpi = defaultDpi;
    }

    /**
     * @param pageNumber from 1
     * @param forMarking whether a box will be drawn: only then is the tilt the recognizer took away needed
     * @return empty when the bytes are no image ImageIO knows or the page does not exist
     */
    Optional<PageImage> decode(byte[] content, int pageNumber, boolean forMarking) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> decoders = in == null ? null : ImageIO.getImageReaders(in);
            if (decoders == null || !decoders.hasNext()) {
                return Optional.empty();
            }
            ImageReader decoder = decoders.next();
            try {
                decoder.setInput(in, false, false);
                int index = pageNumber - 1;
                if (index < 0 || index >= decoder.getNumImages(true)) {
                    return Optional.empty();
                }
                long pixels = (long) decoder.getWidth(index) * decoder.getHeight(index);
                int step = (int) Math.ceil(Math.sqrt((double) pixels / PageImage.MAX_PIXELS));
                ImageReadParam param = decoder.getDefaultReadParam();
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = decoder.read(index, param);
                double pixelsPerPoint = ScanResolution.of(decoder, index, defaultDpi) / PageImage.POINTS_PER_INCH
                        / Math.max(1, step);
                double tilt = forMarking ? Deskew.correctedDegrees(image) : 0;
                return Optional.of(new PageImage(image, pixelsPerPoint, tilt));
            } finally {
                decoder.dispose();
            }
        }
    }
}

package cn.nianbao.extract.ocr;

import cn.nianbao.document.Block;
import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ReadException;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;

/**
 * A recognizer built on the first page that needs it, once, even when several threads ask together: a
 * machine without Tesseract still starts and reads every other format, and is told what to install only
 * when a scan comes. The PDF and image readers share one.
 */
public final class LazyRecognizer implements PageRecognizer {
    private final Supplier<? extends PageRecognizer> factory;
    private volatile PageRecognizer built;

    public LazyRecognizer(Supplier<? extends PageRecognizer> factory) {
        this.factory = factory;
    }

    public static LazyRecognizer tesseract(OcrSettings settings) {
        return new LazyRecognizer(() -> new TesseractRecognizer(settings));
    }

    @Override
    public List<Block> recognize(BufferedImage page, int pageNumber, float dpi) throws ReadException {
        return recognizer().recognize(page, pageNumber, dpi);
    }

    private PageRecognizer recognizer() {
        PageRecognizer result = built;
        if (result == null) {
            synchronized (this) {
                result = built;
                if (result == null) {
                    result = factory.get();
                    built = result;
                }
            }
        }
        return result;
    }
}

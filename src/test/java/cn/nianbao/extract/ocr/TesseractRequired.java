package cn.nianbao.extract.ocr;

import static org.assertj.core.api.Assertions.fail;

/**
 * The OCR tests need Tesseract. CI installs it through scripts/setup.sh, so a missing engine fails these
 * tests with what to do, instead of skipping them silently.
 */
final class TesseractRequired {

    private TesseractRequired() {
    }

    /** A recognizer whose engines are loaded, or a failed test saying how to install them. */
    static TesseractRecognizer recognizer(OcrSettings settings) {
        TesseractRecognizer recognizer = new TesseractRecognizer(settings);
        try {
            recognizer.checkInstalled();
        } catch (OcrUnavailableException e) {
            recognizer.close();
            fail("OCR tests need Tesseract with the chi_sim and eng models: run scripts/setup.sh (" + e.getMessage() + ")");
        }
        return recognizer;
    }
}

package cn.nianbao.extract.ocr;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two engines a page is read with, for one thread at a time: numbers (eng with a digit whitelist:
 * chi_sim misreads lone digits) and text (chi_sim).
 */
final class OcrEngines implements AutoCloseable {
    private final TessHandle numbers;
    private final TessHandle text;

    private OcrEngines(TessHandle numbers, TessHandle text) {
        this.numbers = numbers;
        this.text = text;
    }

    static OcrEngines open(OcrSettings settings) throws OcrUnavailableException {
        Map<String, String> quiet = new LinkedHashMap<>();
        // Tesseract prints "Empty page!!" and the like to stderr; our caller decides what to report.
        quiet.put("debug_file", "/dev/null");
        Map<String, String> digits = new LinkedHashMap<>(quiet);
        digits.put("tessedit_char_whitelist", settings.numberWhitelist());
        // Lets the choice iterator offer the LSTM's second choices per symbol (the cells' alternatives).
        digits.put("lstm_choice_mode", "2");
        TessHandle numbers = TessHandle.open(settings.tessdataPath(), settings.numberLanguage(), digits);
        try {
            return new OcrEngines(numbers, TessHandle.open(settings.tessdataPath(), settings.textLanguage(), quiet));
        } catch (OcrUnavailableException | RuntimeException e) {
            numbers.close();
            throw e;
        }
    }

    /** The resolution of the page whose pieces come next. */
    void resolution(int dpi) {
        numbers.resolution(dpi);
        text.resolution(dpi);
    }

    TessHandle numbers() {
        return numbers;
    }

    TessHandle text() {
        return text;
    }

    @Override
    public void close() {
        numbers.close();
        text.close();
    }
}

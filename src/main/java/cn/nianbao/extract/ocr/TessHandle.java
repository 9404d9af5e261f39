package cn.nianbao.extract.ocr;

import com.sun.jna.Pointer;
import java.awt.Rectangle;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessChoiceIterator;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract engine (a TessBaseAPI handle) for one language. Initialising costs about 0.2 s, so a handle
 * is made once and then given one small image after another: a table cell (a few milliseconds) or a strip
 * of text. Not thread-safe: one thread uses a handle at a time.
 *
 * <p>Pixels go in as raw grey bytes: tess4j's BufferedImage path needs a Leptonica that Debian 12 lacks.
 */
final class TessHandle implements AutoCloseable {
    /** Alternatives are only worth offering for symbols whose second choice is at least this confident (0..100). */
    private static final float MIN_CHOICE_CONFIDENCE = 10f;
    private static final int MAX_ALTERNATIVES = 3;

    private final TessAPI api;
    private TessBaseAPI handle;
    /** Of the page the images come from; without it Tesseract guesses from the text size and warns. */
    private int resolution = 300;

    private TessHandle(TessAPI api, TessBaseAPI handle) {
        this.api = api;
        this.handle = handle;
    }

    /**
     * @param variables Tesseract variables set once, e.g. a character whitelist for a handle that reads numbers
     * @throws OcrUnavailableException when the engine or the language's model is not installed
     */
    static TessHandle open(Path tessdata, String language, Map<String, String> variables)
            throws OcrUnavailableException {
        TessAPI api = engine();
        Path model = tessdata.resolve(language + ".traineddata");
        if (!Files.isRegularFile(model)) {
            throw new OcrUnavailableException("缺少文字识别模型 " + model
                    + "；请运行 scripts/setup.sh 安装（或在 models/ocr.properties 中设置 tessdata.path）。");
        }
        TessBaseAPI handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit2(handle, tessdata.toString(), language, TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new OcrUnavailableException("文字识别引擎 Tesseract 无法加载模型 " + model + "。");
        }
        TessHandle tess = new TessHandle(api, handle);
        try {
            variables.forEach(tess::setVariable);
        } catch (IllegalArgumentException unknown) {
            tess.close();
            throw unknown;
        }
        return tess;
    }

    private static TessAPI engine() throws OcrUnavailableException {
        OpenMpLimit.apply();
        try {
            return TessAPI.INSTANCE;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError missing) {
            throw new OcrUnavailableException(
                    "未安装文字识别引擎 Tesseract（libtesseract.so.5），无法识别图片；请运行 scripts/setup.sh 安装。", missing);
        }
    }

    private void setVariable(String name, String value) {
        if (api.TessBaseAPISetVariable(handle, name, value) == 0) {
            throw new IllegalArgumentException("Tesseract has no variable " + name);
        }
    }

    void resolution(int dpi) {
        this.resolution = dpi;
    }

    /** Reads an image as one piece of text (a table cell). */
    Reading read(GreyImage image, int pageSegMode, boolean withAlternatives) {
        setImage(image, pageSegMode);
        String text = utf8(api.TessBaseAPIGetUTF8Text(handle)).strip();
        double confidence = text.isEmpty() ? 0 : api.TessBaseAPIMeanTextConf(handle) / 100.0;
        List<String> alternatives = withAlternatives && !text.isEmpty() ? alternatives(text) : List.of();
        return new Reading(text, confidence, alternatives);
    }

    /** Reads an image as lines of text, each with its box in the image's pixels. */
    List<TextLine> lines(GreyImage image, int pageSegMode) {
        setImage(image, pageSegMode);
        List<TextLine> lines = new ArrayList<>();
        if (api.TessBaseAPIRecognize(handle, null) != 0) {
            return lines;
        }
        TessResultIterator it = api.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return lines;
        }
        try {
            var page = api.TessResultIteratorGetPageIterator(it);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            do {
                String text = utf8(api.TessResultIteratorGetUTF8Text(it, TessPageIteratorLevel.RIL_TEXTLINE)).strip();
                if (text.isEmpty()) {
                    continue;
                }
                api.TessPageIteratorBoundingBox(page, TessPageIteratorLevel.RIL_TEXTLINE, left, top, right, bottom);
                Rectangle box = new Rectangle(left.get(0), top.get(0), right.get(0) - left.get(0),
                        bottom.get(0) - top.get(0));
                double confidence = api.TessResultIteratorConfidence(it, TessPageIteratorLevel.RIL_TEXTLINE) / 100.0;
                lines.add(new TextLine(text, box, confidence));
            } while (api.TessPageIteratorNext(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0);
        } finally {
            api.TessResultIteratorDelete(it);
        }
        return lines;
    }

    /**
     * Gives the engine its own image of the region to read, not a rectangle of the page: Tesseract's LSTM
     * drops a digit whose crop leaves it no paper above and below (a 0 in a tight table row came back
     * empty), and Tesseract 5.3 reads the wrong pixels for a rectangle spanning the page's full width.
     * Tesseract copies the pixels, so the buffer is only needed during the call.
     */
    private void setImage(GreyImage image, int pageSegMode) {
        ByteBuffer pixels = ByteBuffer.allocateDirect(image.pixels().length).put(image.pixels()).flip();
        api.TessBaseAPISetImage(handle, pixels, image.width(), image.height(), 1, image.width());
        api.TessBaseAPISetSourceResolution(handle, resolution);
        api.TessBaseAPISetPageSegMode(handle, pageSegMode);
    }

    /**
     * Other readings of the text just recognised: each replaces one symbol by the engine's next choice for
     * it, the likeliest first. Costs nothing more than walking the result the engine already holds.
     */
    private List<String> alternatives(String text) {
        TessResultIterator it = api.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return List.of();
        }
        List<Alternative> found = new ArrayList<>();
        try {
            var page = api.TessResultIteratorGetPageIterator(it);
            List<String> symbols = new ArrayList<>();
            do {
                String symbol = utf8(api.TessResultIteratorGetUTF8Text(it, TessPageIteratorLevel.RIL_SYMBOL));
                symbols.add(symbol);
                TessChoiceIterator choices = api.TessResultIteratorGetChoiceIterator(it);
                if (choices == null) {
                    continue;
                }
                try {
                    while (api.TessChoiceIteratorNext(choices) != 0) {
                        String choice = api.TessChoiceIteratorGetUTF8Text(choices);
                        float confidence = api.TessChoiceIteratorConfidence(choices);
                        if (choice != null && !choice.equals(symbol) && confidence >= MIN_CHOICE_CONFIDENCE) {
                            found.add(new Alternative(symbols.size() - 1, choice, confidence));
                        }
                    }
                } finally {
                    api.TessChoiceIteratorDelete(choices);
                }
            } while (api.TessPageIteratorNext(page, TessPageIteratorLevel.RIL_SYMBOL) != 0);
            return found.stream()
                    .sorted((a, b) -> Float.compare(b.confidence(), a.confidence()))
                    .map(a -> replaced(symbols, a))
                    .filter(alternative -> !alternative.equals(text))
                    .distinct()
                    .limit(MAX_ALTERNATIVES)
                    .toList();
        } finally {
            api.TessResultIteratorDelete(it);
        }
    }

    private static String replaced(List<String> symbols, Alternative alternative) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < symbols.size(); i++) {
            out.append(i == alternative.symbol() ? alternative.text() : symbols.get(i));
        }
        return out.toString();
    }

    private String utf8(Pointer text) {
        if (text == null) {
            return "";
        }
        try {
            return text.getString(0, "UTF-8");
        } finally {
            api.TessDeleteText(text);
        }
    }

    @Override
    public void close() {
        if (handle != null) {
            api.TessBaseAPIEnd(handle);
            api.TessBaseAPIDelete(handle);
            handle = null;
        }
    }

    /** What the engine read in a rectangle; confidence 0..1 (Tesseract's mean word confidence). */
    record Reading(String text, double confidence, List<String> alternatives) {
    }

    /** One line of text with its box in page pixels. */
    record TextLine(String text, Rectangle box, double confidence) {
    }

    private record Alternative(int symbol, String text, float confidence) {
    }
}

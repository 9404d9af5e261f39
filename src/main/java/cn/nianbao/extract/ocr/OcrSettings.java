package cn.nianbao.extract.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The OCR settings of {@code models/ocr.properties} (the file documents each key). Looked up in the
 * working directory first, so a deployment can change them without a rebuild; the copy the build packs
 * into the jar is the fallback. A system property {@code nianbao.ocr.KEY} overrides one key.
 *
 * @param tessdataPath directory holding the *.traineddata files
 * @param textLanguage model for headings, narrative and row labels
 * @param numberLanguage model for table values
 * @param defaultDpi resolution assumed for images that do not state one
 * @param confidenceThreshold cells below it (0..1) need review
 * @param numberPsm page segmentation mode for value cells
 * @param labelPsm page segmentation mode for label cells spanning several lines
 * @param textPsm page segmentation mode for text outside tables
 * @param numberWhitelist characters a value cell may hold when read as a number
 * @param maxPixels largest image (width × height) read; the page limit is the pipeline's, as for PDFs
 */
public record OcrSettings(Path tessdataPath, String textLanguage, String numberLanguage, int defaultDpi,
                          double confidenceThreshold, int numberPsm, int labelPsm, int textPsm,
                          String numberWhitelist, long maxPixels) {

    static final Path WORKING_DIRECTORY_FILE = Path.of("models", "ocr.properties");
    /** Where the build puts its copy of models/ocr.properties (see pom.xml). */
    static final String CLASSPATH_FILE = "/cn/nianbao/extract/ocr/ocr.properties";
    private static final String OVERRIDE_PREFIX = "nianbao.ocr.";

    /** The settings in force: models/ocr.properties of the working directory, else the packed default. */
    public static OcrSettings load() {
        if (Files.isRegularFile(WORKING_DIRECTORY_FILE)) {
            return fromFile(WORKING_DIRECTORY_FILE);
        }
        try (InputStream in = OcrSettings.class.getResourceAsStream(CLASSPATH_FILE)) {
            if (in == null) {
                throw new IllegalStateException("the build did not pack " + CLASSPATH_FILE);
            }
            return fromReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OcrSettings fromFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fromReader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OCR settings " + file, e);
        }
    }

    private static OcrSettings fromReader(Reader reader) throws IOException {
        Properties file = new Properties();
        file.load(reader);
        Properties p = new Properties();
        file.stringPropertyNames().forEach(key -> p.setProperty(key, System.getProperty(OVERRIDE_PREFIX + key,
                file.getProperty(key).strip())));
        return fromProperties(p);
    }

    /** The settings of keys as models/ocr.properties names them (no overrides applied). */
    public static OcrSettings fromProperties(Properties p) {
        return new OcrSettings(
                Path.of(required(p, "tessdata.path")),
                required(p, "language.text"),
                required(p, "language.numbers"),
                Integer.parseInt(required(p, "dpi.default")),
                Double.parseDouble(required(p, "confidence.threshold")),
                Integer.parseInt(required(p, "psm.number")),
                Integer.parseInt(required(p, "psm.label")),
                Integer.parseInt(required(p, "psm.text")),
                required(p, "whitelist.number"),
                Math.round(Double.parseDouble(required(p, "limit.megapixels")) * 1_000_000));
    }

    /** These settings under the keys of models/ocr.properties: what an OCR worker process is started with. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("tessdata.path", tessdataPath.toString());
        p.setProperty("language.text", textLanguage);
        p.setProperty("language.numbers", numberLanguage);
        p.setProperty("dpi.default", Integer.toString(defaultDpi));
        p.setProperty("confidence.threshold", Double.toString(confidenceThreshold));
        p.setProperty("psm.number", Integer.toString(numberPsm));
        p.setProperty("psm.label", Integer.toString(labelPsm));
        p.setProperty("psm.text", Integer.toString(textPsm));
        p.setProperty("whitelist.number", numberWhitelist);
        p.setProperty("limit.megapixels", Double.toString(maxPixels / 1_000_000.0));
        return p;
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("OCR settings lack " + key);
        }
        return value;
    }
}

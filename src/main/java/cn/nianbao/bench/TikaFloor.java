package cn.nianbao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The floor for "just reading the file": Apache Tika's plain-text extraction of the same document, with
 * its own OCR off (it would shell out to tesseract for every image — stack.md gotcha 4).
 */
final class TikaFloor {
    private final AutoDetectParser parser = new AutoDetectParser();

    /** Seconds Tika takes to turn the file into plain text; the text itself is dropped. */
    double seconds(Path file) throws IOException {
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, new BodyContentHandler(-1), new Metadata(), context);
        } catch (SAXException | TikaException e) {
            // a file Tika cannot read still took this long to fail, which is what the floor measures
        }
        return (System.nanoTime() - start) / 1e9;
    }
}

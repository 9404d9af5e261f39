package cn.nianbao.extract;

import cn.nianbao.extract.text.TextDecoder;
import java.io.IOException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells the real type of a file from its bytes; the file name only refines a generic answer (zip → DOCX,
 * plain text → Markdown, unknown bytes → whatever the extension says). So a PDF named .docx is a PDF.
 *
 * <p>Building Tika's detector loads every detector on the classpath (hundreds of milliseconds): create one
 * FormatDetector and share it. It is thread-safe.
 */
public final class FormatDetector {

    private final Detector detector;
    private final MediaTypeRegistry registry;

    public FormatDetector() {
        MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
        // Not TikaConfig.getDefaultConfig(): that also builds every parser and probes for ffmpeg, tesseract, ….
        this.detector = new DefaultDetector(mimeTypes);
        this.registry = mimeTypes.getMediaTypeRegistry();
    }

    /**
     * @param content the file's bytes; null counts as empty
     * @param fileName the name the file came under, or null
     * @return the base media type without parameters, e.g. {@value MediaTypes#PDF}; {@value MediaTypes#UNKNOWN}
     *     when neither the bytes nor the name say more
     */
    public String detect(byte[] content, String fileName) {
        MediaType byBytes = detectFromBytes(content == null ? new byte[0] : content);
        if (fileName != null && !fileName.isBlank()) {
            MediaType byName = detectFromName(fileName);
            if (registry.isSpecializationOf(byName, byBytes)) {
                return byName.getBaseType().toString();
            }
        }
        return byBytes.getBaseType().toString();
    }

    private MediaType detectFromBytes(byte[] content) {
        MediaType type = tikaDetect(TikaInputStream.get(content), new Metadata());
        // Tika's text check does not know GBK; without this a GBK report named .docx would become a DOCX.
        if (type.equals(MediaType.OCTET_STREAM) && TextDecoder.looksLikeText(content)) {
            return MediaType.TEXT_PLAIN;
        }
        return type;
    }

    private MediaType detectFromName(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        return tikaDetect(null, metadata);
    }

    private MediaType tikaDetect(TikaInputStream in, Metadata metadata) {
        try (in) {
            return detector.detect(in, metadata);
        } catch (IOException | RuntimeException unreadable) {
            // Detection reads an in-memory copy; a failure means bytes no detector understood.
            return MediaType.OCTET_STREAM;
        }
    }
}

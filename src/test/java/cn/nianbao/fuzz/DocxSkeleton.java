package cn.nianbao.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A valid .docx package whose word/document.xml the fuzzer writes: random bytes almost never make a zip, so
 * the fuzzer mutates the part where the report is (paragraphs, tables, merges) and this wraps it.
 */
final class DocxSkeleton {
    static final String BODY = "word/document.xml";

    private final Map<String, byte[]> parts;

    private DocxSkeleton(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /** The parts of a fixture's .docx (content types, relationships, properties), its body left out. */
    static DocxSkeleton of(Path docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>(entries(docx));
        parts.remove(BODY);
        return new DocxSkeleton(parts);
    }

    static byte[] body(Path docx) {
        return entries(docx).get(BODY);
    }

    byte[] withBody(byte[] documentXml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
            put(zip, BODY, documentXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static Map<String, byte[]> entries(Path docx) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}

package cn.nianbao.extract.text;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Turns the bytes of a text file into a string. Chinese text files come as UTF-8 (with or without BOM),
 * GBK/GB18030 or UTF-16 with BOM; the order of the checks below is what makes each of them come out right.
 */
public final class TextDecoder {

    /** GB18030 is a superset of GB2312 and GBK, so it decodes all three without losing characters. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final Set<String> GB_FAMILY = Set.of("GB2312", "GBK", "GB18030", "X-GBK", "EUC-CN", "CP936");

    private TextDecoder() {
    }

    /** Decodes the whole content, dropping a byte-order mark and normalising CRLF and lone CR to LF. */
    public static String decode(byte[] content) {
        Bom bom = Bom.of(content);
        Charset charset = bom != null ? bom.charset : detectWithoutBom(content);
        int skip = bom != null ? bom.length : 0;
        String text = new String(content, skip, content.length - skip, charset);
        return normaliseLineEnds(text);
    }

    /** Decodes with a charset a document declared (an HTML meta tag), unless the bytes contradict it. */
    public static String decode(byte[] content, Charset declared) {
        Bom bom = Bom.of(content);
        if (bom != null || declared == null) {
            return decode(content);
        }
        Charset charset = widen(declared);
        // Pages often declare UTF-8 while the server sends GBK; trust the bytes then.
        if (charset.equals(StandardCharsets.UTF_8) && !decodesCleanly(content, StandardCharsets.UTF_8)) {
            charset = detectWithoutBom(content);
        }
        return normaliseLineEnds(new String(content, charset));
    }

    /**
     * Whether the bytes look like text in one of the encodings above. Tika's own text check only knows
     * ASCII-like and UTF-8 text, so it calls a GBK file application/octet-stream.
     */
    public static boolean looksLikeText(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        if (Bom.of(content) != null) {
            return true;
        }
        int length = Math.min(content.length, SAMPLE_BYTES);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = content[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f) {
                controls++;
            }
        }
        if (controls * 100 > length) {
            return false;
        }
        boolean sampleOnly = length < content.length;
        return decodesCleanly(content, length, sampleOnly, StandardCharsets.UTF_8)
                || decodesCleanly(content, length, sampleOnly, GB18030);
    }

    /** Maps a declared charset name to the charset to decode with; empty when Java does not know it. */
    public static Optional<Charset> forName(String name) {
        try {
            return Optional.of(widen(Charset.forName(name.strip())));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Charset detectWithoutBom(byte[] content) {
        if (decodesCleanly(content, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        Charset detected = detectWithTika(content);
        if (detected == null) {
            return GB18030;
        }
        detected = widen(detected);
        // These reports are Chinese: a single-byte Western guess for bytes that are valid GB18030 is a
        // statistical accident of a short or mostly-ASCII file.
        if (isSingleByteWestern(detected) && decodesCleanly(content, GB18030)) {
            return GB18030;
        }
        return detected;
    }

    private static Charset detectWithTika(byte[] content) {
        for (EncodingDetector detector : new EncodingDetector[] {new UniversalEncodingDetector(),
                new Icu4jEncodingDetector()}) {
            try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(content))) {
                Charset charset = detector.detect(in, new Metadata());
                if (charset != null) {
                    return charset;
                }
            } catch (IOException | RuntimeException detectorFailed) {
                // A detector that cannot decide is no different from one that says nothing; try the next.
            }
        }
        return null;
    }

    private static Charset widen(Charset charset) {
        return GB_FAMILY.contains(charset.name().toUpperCase(Locale.ROOT)) ? GB18030 : charset;
    }

    private static boolean isSingleByteWestern(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("ISO-8859") || name.startsWith("WINDOWS-125") || name.startsWith("IBM")
                || name.equals("US-ASCII");
    }

    private static boolean decodesCleanly(byte[] content, Charset charset) {
        return decodesCleanly(content, content.length, false, charset);
    }

    /** @param partial the bytes are a prefix of the file, so a character cut at the end is not an error */
    private static boolean decodesCleanly(byte[] content, int length, boolean partial, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, 0, length);
        CharBuffer out = CharBuffer.allocate(Math.max(16, length));
        CoderResult result = decoder.decode(in, out, !partial);
        if (result.isError()) {
            return false;
        }
        if (partial) {
            return true;
        }
        try {
            return !decoder.flush(out).isError();
        } catch (IllegalStateException unexpected) {
            return false;
        }
    }

    private static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The byte-order marks that settle the encoding by themselves. */
    private enum Bom {
        UTF_8(StandardCharsets.UTF_8, 3),
        UTF_16LE(StandardCharsets.UTF_16LE, 2),
        UTF_16BE(StandardCharsets.UTF_16BE, 2);

        final Charset charset;
        final int length;

        Bom(Charset charset, int length) {
            this.charset = charset;
            this.length = length;
        }

        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                return UTF_8;
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                return UTF_16LE;
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                return UTF_16BE;
            }
            return null;
        }
    }
}

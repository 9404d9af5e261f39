package cn.nianbao.extract.html;

import cn.nianbao.extract.text.TextDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page: a byte-order mark wins, then the charset the page declares (meta tag or XML declaration),
 * then the bytes themselves (UTF-8 when they are valid UTF-8). GBK pages are common on government sites.
 */
final class HtmlDecoding {

    /** Browsers also only look this far for the meta tag. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoding() {
    }

    static String decode(byte[] content) {
        return TextDecoder.decode(content, declaredCharset(content).orElse(null));
    }

    private static Optional<Charset> declaredCharset(byte[] content) {
        // The declaration itself is ASCII in every charset that can declare one, so Latin-1 reads it safely.
        String head = new String(content, 0, Math.min(content.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        for (Pattern pattern : new Pattern[] {META_CHARSET, XML_ENCODING}) {
            Matcher matcher = pattern.matcher(head);
            if (matcher.find()) {
                return TextDecoder.forName(matcher.group(1)).map(HtmlDecoding::asciiCompatible);
            }
        }
        return Optional.empty();
    }

    /** A page that could declare its charset in ASCII is not UTF-16; browsers read such a claim as UTF-8. */
    private static Charset asciiCompatible(Charset declared) {
        return declared.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : declared;
    }
}

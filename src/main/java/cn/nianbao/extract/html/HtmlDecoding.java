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

    static Optional<Charset> declaredCharset(byte[] content) {
        // Every charset a page may declare writes its markup in ASCII, so Latin-1 is a safe lens here.
        String head = new String(content, 0, Math.min(content.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        for (Pattern pattern : new Pattern[] {META_CHARSET, XML_ENCODING}) {
            Matcher matcher = pattern.matcher(head);
            if (matcher.find()) {
                return TextDecoder.forName(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}

package cn.nianbao.form;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normal form of label text, so that labels compare by their words only: no white space or punctuation,
 * full-width letters and digits folded (NFKC), variant characters seen in the field folded.
 */
public final class LabelText {
    /** Variant or mistyped characters seen in real reports, mapped to the form's character. */
    private static final Map<Character, Character> VARIANTS = Map.of(
            '釆', '采',
            '衹', '只',
            '隻', '只');
    private static final Pattern NOT_WORD = Pattern.compile("[\\s\\p{P}\\p{S}\\u00a0\\u3000]+");
    /** Numbering in front of a label: 三、 （一） (1) 1. 2、 and runs of them. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:\\s*(?:[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十0-9]+\\s*[）)]|[0-9]+\\s*[、.．](?![0-9])))+");

    private static final Pattern CJK_SPACE = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])[\\s\\u3000]+"
                    + "|[\\s\\u3000]+(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");

    private LabelText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            out.append(VARIANTS.getOrDefault(c, c));
        }
        return NOT_WORD.matcher(out).replaceAll("");
    }

    /**
     * A label as shown, with the spaces layout put into Chinese text dropped ("2020 年本行政区域" from
     * pdftotext): Chinese has no spaces between words, so a space next to a Chinese character is noise.
     */
    public static String tidy(String text) {
        return CJK_SPACE.matcher(text.strip()).replaceAll("");
    }

    /** The label without its numbering, normalised: "（三）不予公开" gives "不予公开". */
    public static String core(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return normalize(NUMBERING.matcher(folded).replaceFirst(""));
    }
}

package cn.nianbao.extract.pdf;

/** Which characters are Chinese text, for spacing and for judging a text layer. */
final class Scripts {

    private Scripts() {
    }

    /** Han ideographs, CJK symbols and punctuation, and full-width forms (，（）１ …). */
    static boolean isCjk(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && codePoint >= 0x2018 && codePoint <= 0x201F;
    }
}

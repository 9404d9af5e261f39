package cn.nianbao.extract.pdf;

import static cn.nianbao.extract.pdf.TextLayerQuality.Verdict.GARBAGE;
import static cn.nianbao.extract.pdf.TextLayerQuality.Verdict.MISSING;
import static cn.nianbao.extract.pdf.TextLayerQuality.Verdict.USABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayerQualityTest {
    private static final String CHINESE = "二〇二一年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。";

    /** What the page draws: no image, and as many glyphs as the text has. */
    private static PageGraphics plain(List<Glyph> glyphs) {
        return new PageGraphics(List.of(), 0, glyphs.size());
    }

    private static TextLayerQuality.Verdict judge(String text, boolean chineseDocument) {
        List<Glyph> glyphs = Glyphs.line(text, 100);
        return TextLayerQuality.judge(glyphs, plain(glyphs), chineseDocument);
    }

    @Test
    void chineseTextAndLatinTextOfALatinDocumentAreUsable() {
        assertThat(judge(CHINESE, true)).isEqualTo(USABLE);
        assertThat(judge("This is a PDF file, not a Word document.", false)).isEqualTo(USABLE);
        assertThat(judge("2021年 本年新收政府信息公开申请数量 12 3 0 0 0 0 15", true)).isEqualTo(USABLE);
    }

    @Test
    void replacementPrivateUseAndControlCharactersAreGarbage() {
        assertThat(judge("政府信息\uFFFD\uFFFD\uFFFD公开\uFFFD\uFFFD工作", true)).isEqualTo(GARBAGE);
        assertThat(judge("\uE001\uE002\uE003\uE004政府信息公开\uE005\uE006", true)).isEqualTo(GARBAGE);
        assertThat(judge("\u0001\u0002\u0003\u0004\u0005政府信息公开\u0006", true)).isEqualTo(GARBAGE);
    }

    @Test
    void latinLettersOnAPageOfAChineseDocumentAreGarbage() {
        assertThat(judge("Ã¦Â¿Â€ÃŠ Ã¨Â¿Â›Ã¦ÂŽÂ¨ Ã¨Â¿Â›", true)).isEqualTo(GARBAGE);
        assertThat(judge("ZKFGLQ VPRMT XWQJ BNRTZ KLMP", true)).isEqualTo(GARBAGE);
    }

    @Test
    void symbolSoupIsGarbageEvenWhereTheDocumentSeemsLatin() {
        assertThat(judge("!\"#$%&'()*+,-./0123!\"#$%&'()*+", false)).isEqualTo(GARBAGE);
        assertThat(judge("ÆÇÈÉÊËÌÍÎÏÐÑÒÓÔ ÆÇÈÉ", false)).isEqualTo(GARBAGE);
    }

    @Test
    void aScanHasAPageSizedImageAndLittleOrNoText() {
        assertThat(TextLayerQuality.judge(List.of(), new PageGraphics(List.of(), 1.0, 0), true))
                .isEqualTo(MISSING);
        List<Glyph> stamp = Glyphs.line("扫描件：第3页", 100);
        assertThat(TextLayerQuality.judge(stamp, new PageGraphics(List.of(), 0.95, stamp.size()), true))
                .isEqualTo(MISSING);
    }

    @Test
    void glyphsDrawnWithoutUnicodeAreMissingText() {
        List<Glyph> mapped = Glyphs.line("12", 100);
        assertThat(TextLayerQuality.judge(mapped, new PageGraphics(List.of(), 0, 400), true))
                .isEqualTo(MISSING);
        List<Glyph> digits = Glyphs.line("2021 12 3 0 0 0 0 15 2 0 0 1 3", 100);
        assertThat(TextLayerQuality.judge(digits, new PageGraphics(List.of(), 0, 600), true))
                .isEqualTo(MISSING);
    }

    @Test
    void fakeBoldDrawingEachGlyphSeveralTimesIsNoMissingText() {
        List<Glyph> text = Glyphs.line(CHINESE, 100);
        assertThat(TextLayerQuality.judge(text, new PageGraphics(List.of(), 0, text.size() * 4), true))
                .isEqualTo(USABLE);
    }

    @Test
    void aBlankPageOrAPageWithOnlyItsNumberIsUsableAndEmpty() {
        assertThat(TextLayerQuality.judge(List.of(), new PageGraphics(List.of(), 0, 0), true))
                .isEqualTo(USABLE);
        List<Glyph> number = Glyphs.line("- 3 -", 800);
        assertThat(TextLayerQuality.judge(number, plain(number), true)).isEqualTo(USABLE);
    }
}

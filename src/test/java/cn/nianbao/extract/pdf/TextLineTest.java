package cn.nianbao.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLineTest {

    @Test
    void chineseGlyphsJoinWithoutSpacesEvenWhenJustifiedApart() {
        // 10-point characters 12 points apart: a justified line's stretched gaps are no spaces.
        List<Glyph> glyphs = new ArrayList<>();
        for (Glyph g : Glyphs.line("政府信息公开", 50, 100, 10, 12)) {
            glyphs.add(new Glyph(g.text(), new Box(g.box().left(), g.box().top(), g.box().left() + 10,
                    g.box().bottom()), g.baseline(), g.size()));
        }
        assertThat(new TextLine(glyphs).text()).isEqualTo("政府信息公开");
    }

    @Test
    void latinWordsGetTheirSpacesBackFromTheGaps() {
        assertThat(new TextLine(Glyphs.line("Page 3 of 5", 50, 100, 10, 6)).text()).isEqualTo("Page 3 of 5");
    }

    @Test
    void glyphsComeInLeftToRightOrderWhateverTheStreamOrder() {
        List<Glyph> glyphs = new ArrayList<>(Glyphs.line("abc", 100));
        Collections.reverse(glyphs);
        assertThat(new TextLine(glyphs).text()).isEqualTo("abc");
    }

    @Test
    void aLineSplitsIntoPiecesAtWideGaps() {
        List<Glyph> glyphs = new ArrayList<>(Glyphs.line("Rules", 50, 100, 10, 6));
        glyphs.addAll(Glyphs.line("12", 250, 100, 10, 6));
        glyphs.addAll(Glyphs.line("0", 330, 100, 10, 6));

        List<TextLine> pieces = new TextLine(glyphs).split(15);

        assertThat(pieces).extracting(TextLine::text).containsExactly("Rules", "12", "0");
    }

    @Test
    void glyphsGroupIntoLinesByBaselineTopToBottom() {
        List<Glyph> glyphs = new ArrayList<>(Glyphs.line("second", 50, 130, 10, 6));
        glyphs.addAll(Glyphs.line("first", 50, 100, 10, 6));
        glyphs.addAll(Glyphs.line("same", 200, 101, 10, 6));

        assertThat(TextLines.of(glyphs)).extracting(TextLine::text).containsExactly("first same", "second");
    }
}

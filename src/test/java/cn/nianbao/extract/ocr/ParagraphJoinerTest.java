package cn.nianbao.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.extract.ocr.ParagraphJoiner.TextParagraph;
import cn.nianbao.extract.ocr.TessHandle.TextLine;
import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphJoinerTest {
    private static final int LEFT = 230;
    private static final int RIGHT = 2250;
    private static final int HEIGHT = 63;

    @Test
    void headingsStayAloneAndWrappedNarrativeJoins() {
        List<TextLine> lines = List.of(
                line("五、存在的主要问题及改进情况", LEFT, 1160, 2400),
                line("2020 年，我街道政务公开工作取得了一定成效，但还存在一些", LEFT + 130, RIGHT, 2500),
                line("不足：一是政府信息公开的广度深度不够。", LEFT, 1500, 2596),
                line("六、其他需要报告的事项", LEFT, 950, 2692),
                line("无。", LEFT + 130, 500, 2900));

        List<TextParagraph> paragraphs = ParagraphJoiner.join(lines);

        assertThat(paragraphs).extracting(TextParagraph::text).containsExactly(
                "五、存在的主要问题及改进情况",
                "2020年，我街道政务公开工作取得了一定成效，但还存在一些不足：一是政府信息公开的广度深度不够。",
                "六、其他需要报告的事项",
                "无。");
        assertThat(paragraphs.get(1).box()).isEqualTo(new Rectangle(LEFT, 2500, RIGHT - LEFT, 2596 + HEIGHT - 2500));
    }

    private static TextLine line(String text, int left, int right, int top) {
        return new TextLine(text, new Rectangle(left, top, right - left, HEIGHT), 0.9);
    }
}

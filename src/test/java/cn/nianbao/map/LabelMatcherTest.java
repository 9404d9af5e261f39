package cn.nianbao.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.form.LabelText;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {

    private static List<String> variants(String... labels) {
        return List.of(labels).stream().map(LabelText::normalize).toList();
    }

    @Test
    void typosOfTheFieldStillMatchTheirRowBetterThanTheNeighbours() {
        double right = LabelMatcher.score("2.其他法律行政止公开", variants("其他法律行政法规禁止公开"));
        double wrong = LabelMatcher.score("2.其他法律行政止公开", variants("属于国家秘密"));
        assertThat(right).isGreaterThanOrEqualTo(RowAligner.MIN_SCORE);
        assertThat(wrong).isLessThan(RowAligner.MIN_SCORE);
        assertThat(LabelMatcher.score("4.保护第三方合法权", variants("保护第三方合法权益"))).isGreaterThan(0.9);
    }

    @Test
    void variantCharactersAndSpacingAreFolded() {
        assertThat(LabelMatcher.score("政府集中釆购", variants("政府集中采购"))).isEqualTo(1.0);
        assertThat(LabelMatcher.score("商业 企业", variants("商业企业"))).isEqualTo(1.0);
        assertThat(LabelMatcher.score("（一）予以公开", variants("予以公开"))).isEqualTo(1.0);
        assertThat(LabelMatcher.score("(一) 予以公开", variants("予以公开"))).isEqualTo(1.0);
    }

    @Test
    void shortLabelsMustMatchExactly() {
        assertThat(LabelMatcher.score("3.其他", variants("其他"))).isEqualTo(1.0);
        assertThat(LabelMatcher.score("（六）其他处理", variants("其他"))).isZero();
        assertThat(LabelMatcher.score("规章制度", variants("规章"))).isZero();
    }

    @Test
    void unrelatedRowsOfTheSameTableStayApart() {
        assertThat(LabelMatcher.score("行政许可", variants("行政处罚"))).isLessThan(RowAligner.MIN_SCORE);
        assertThat(LabelMatcher.score("（一）予以公开", variants("部分公开"))).isLessThan(RowAligner.MIN_SCORE);
    }
}

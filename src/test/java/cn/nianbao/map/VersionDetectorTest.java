package cn.nianbao.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import cn.nianbao.form.FormCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDetectorTest {
    private static final VersionDetector DETECTOR = new VersionDetector(FormCatalog.standard());

    /** 2021's 二 (本年制发件数) with 三（六）其他处理 as one row of its own: the hybrid form. */
    private static SourceDocument hybrid(String... otherRowValues) {
        List<TableCell> other = new ArrayList<>(List.of(TableCell.simple("（六）其他处理", 0, Origin.line(3))));
        for (String value : otherRowValues) {
            other.add(TableCell.simple(value, other.size(), Origin.line(3)));
        }
        Table active = new Table(List.of(new TableRow(List.of(TableCell.simple("信息内容", 0, Origin.line(2)),
                TableCell.simple("本年制发件数", 1, Origin.line(2)), TableCell.simple("本年废止件数", 2, Origin.line(2)),
                TableCell.simple("现行有效件数", 3, Origin.line(2))))), Origin.line(2));
        return new SourceDocument("text", 1, List.of(new Paragraph("二、主动公开政府信息情况", Origin.line(1)), active,
                new Paragraph("三、收到和处理政府信息公开申请情况", Origin.line(3)),
                new Table(List.of(new TableRow(other)), Origin.line(3))));
    }

    @Test
    void theOneRowOtherHandlingTellsTheHybrid() {
        VersionGuess guess = DETECTOR.detect(hybrid("0", "1", "0", "0", "0", "0", "1"), 2022);
        assertThat(guess.version().id()).isEqualTo("hybrid");
    }

    @Test
    void itDoesSoEvenWhenTheRowsValuesRanTogether() {
        VersionGuess guess = DETECTOR.detect(hybrid("0100001"), 2022);
        assertThat(guess.version().id()).isEqualTo("hybrid");
    }
}

package cn.nianbao.review.evidence;

import static cn.nianbao.review.evidence.EvidenceFiles.FINDER;
import static cn.nianbao.review.evidence.EvidenceFiles.cell;
import static cn.nianbao.review.evidence.EvidenceFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Origin;
import cn.nianbao.extract.text.TextDecoder;
import cn.nianbao.review.evidence.LinesEvidence.Line;
import cn.nianbao.store.StoredFile;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lines of text reports; line numbers from 1, as extraction gives them. The expected lines are copied by hand. */
class LineEvidenceTest {
    private static final StoredFile SEED_004 = fixture("seeds/004.txt", "text/plain");
    private static final String NEW_RECEIVED = "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t";

    @Test
    void aTextCellShowsTheLinesAroundItsLine() {
        LinesEvidence lines = lines(FINDER.find(SEED_004,
                cell("requests.new_received.total", Origin.lineCell(54, 8))));

        assertThat(lines.caption()).isEqualTo("第 54 行");
        assertThat(lines.marked()).isEqualTo(54);
        assertThat(lines.lines()).extracting(Line::number).containsExactly(51, 52, 53, 54, 55, 56, 57);
        assertThat(marked(lines)).isEqualTo(NEW_RECEIVED);
        assertThat(lines.lines().get(4).text()).isEqualTo("二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t");
    }

    @Test
    void aCellOnALineOfItsOwnIsThatLine() {
        StoredFile seed001 = fixture("seeds/001.txt", "text/plain");

        LinesEvidence lines = lines(FINDER.find(seed001, cell("requests.new_received.total", Origin.line(121))));

        assertThat(marked(lines)).isEqualTo("\t2");
        assertThat(lines.lines()).extracting(Line::number).containsExactly(118, 119, 120, 121, 122, 123, 124);
        assertThat(lines.lines()).contains(new Line(123, "\t二、上年结转政府信息公开申请数量"));
    }

    @Test
    void gb18030TextIsDecodedAsTheReaderDecodesIt() {
        String text = new String(SEED_004.content(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        StoredFile gbk = new StoredFile("004-gbk.txt", "text/plain", text.getBytes(TextDecoder.GB18030));

        LinesEvidence lines = lines(FINDER.find(gbk, cell("requests.new_received.total", Origin.lineCell(54, 8))));

        assertThat(marked(lines)).isEqualTo(NEW_RECEIVED);
    }

    @Test
    void theFirstAndLastLinesShowWhatThereIs() {
        LinesEvidence first = lines(FINDER.find(SEED_004, cell("k", Origin.line(1))));
        LinesEvidence last = lines(FINDER.find(SEED_004, cell("k", Origin.line(76))));

        assertThat(first.lines()).extracting(Line::number).containsExactly(1, 2, 3, 4);
        assertThat(first.lines().get(2).text()).isEqualTo("# 华龙区人民政府长庆路街道办事处2020年政府信息公开工作年度报告");
        assertThat(last.lines()).extracting(Line::number).containsExactly(73, 74, 75, 76);
        assertThat(marked(last)).isEqualTo("无");
    }

    @Test
    void aLineBeyondTheFileGivesNoEvidence() {
        assertThat(FINDER.find(SEED_004, cell("k", Origin.line(100_000)))).isEmpty();
        assertThat(FINDER.find(SEED_004, cell("k", Origin.line(0)))).isEmpty();
        assertThat(FINDER.find(SEED_004, cell("k", null))).isEmpty();
    }

    private static LinesEvidence lines(Optional<Evidence> evidence) {
        assertThat(evidence).get().isInstanceOf(LinesEvidence.class);
        return (LinesEvidence) evidence.orElseThrow();
    }

    private static String marked(LinesEvidence lines) {
        return lines.lines().stream().filter(line -> line.number() == lines.marked()).findFirst().orElseThrow().text();
    }
}

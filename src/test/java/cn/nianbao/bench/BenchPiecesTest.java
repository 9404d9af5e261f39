package cn.nianbao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.bench.ExpectedRows.ExpectedCell;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchPiecesTest {

    @Test
    void numbersAreCountedInOrderOnly() {
        assertThat(NumberRecovery.inOrder(List.of(20L, 2L, 6L, 37L), "一、本年新收 20 2 6 | 37")).isEqualTo(4);
        assertThat(NumberRecovery.inOrder(List.of(20L, 2L, 6L, 37L), "37 6 2 20")).isEqualTo(1);
        assertThat(NumberRecovery.inOrder(List.of(60L, 3L), "0600 3")).isEqualTo(1);
    }

    @Test
    void everyRenderingOfAReportFindsItsTruthAndIsScoredUnderWhatFollowsItsBaseName(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("r00001.expected.json"), "{\"rows\": {}}");
        Files.writeString(dir.resolve("001-p3.expected-cells.json"), "{}");

        assertThat(GroundTruth.fileBeside(dir.resolve("r00001.scan-light.pdf")).orElseThrow().file())
                .isEqualTo(dir.resolve("r00001.expected.json"));
        assertThat(GroundTruth.fileBeside(dir.resolve("r00001.pdf")).orElseThrow().base()).isEqualTo("r00001");
        assertThat(GroundTruth.fileBeside(dir.resolve("001-p3.jpg")).orElseThrow().file())
                .isEqualTo(dir.resolve("001-p3.expected-cells.json"));
        assertThat(GroundTruth.fileBeside(dir.resolve("r00002.scan-light.pdf"))).isEmpty();
        assertThat(GroundTruth.fileBeside(dir.resolve("r00001"))).isEmpty();

        assertThat(GroundTruth.format(dir.resolve("r00001.scan-light.pdf"))).isEqualTo("scan-light.pdf");
        assertThat(GroundTruth.format(dir.resolve("r00001.PDF"))).isEqualTo("pdf");
        assertThat(GroundTruth.format(dir.resolve("001-p3.jpg"))).isEqualTo("jpg");
        assertThat(GroundTruth.format(dir.resolve("r00002.scan-light.pdf"))).as("no truth: the extension")
                .isEqualTo("pdf");
        assertThat(GroundTruth.beside(dir.resolve("r00001.scan-heavy.pdf"))).isPresent();
    }

    @Test
    void aResultIsScoredAgainstItsTruthAndAWrongCellCountsAsFlaggedOnlyWithAFinding() throws IOException {
        Path document = Path.of("fixtures/seeds/001.txt");
        GroundTruth truth = GroundTruth.beside(document).orElseThrow();
        ExtractionResult result = ExtractionPipeline.standard().extract(Files.readAllBytes(document), "001.txt");
        CellScore score = CellScore.of(result, truth);
        assertThat(score.compared()).isEqualTo(22 + 161 + 15);
        assertThat(score.right()).isEqualTo(score.compared());
        assertThat(truth.numbersInOrder()).startsWith(0L, 0L, 0L).hasSize(198);

        Map<String, List<ExpectedCell>> rows = new LinkedHashMap<>(truth.rows());
        List<ExpectedCell> newRequests = new ArrayList<>(rows.get("requests.new_received"));
        newRequests.set(6, new ExpectedCell("ok", BigDecimal.valueOf(3)));
        newRequests.set(0, new ExpectedCell("ok", BigDecimal.valueOf(3)));
        rows.put("requests.new_received", newRequests);
        CellScore wrong = CellScore.of(result, new GroundTruth(rows));
        assertThat(wrong.right()).isEqualTo(score.compared() - 2);
        assertThat(wrong.wrongFlagged()).as("only 总计 carries the narrative finding").isEqualTo(1);
    }
}

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
import java.util.Collections;
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

        assertThat(BenchDocument.of(dir.resolve("r00001.scan-light.pdf")).orElseThrow().truth())
                .isEqualTo(dir.resolve("r00001.expected.json"));
        assertThat(BenchDocument.of(dir.resolve("001-p3.jpg")).orElseThrow().truth())
                .isEqualTo(dir.resolve("001-p3.expected-cells.json"));
        assertThat(BenchDocument.of(dir.resolve("r00002.scan-light.pdf"))).as("no truth").isEmpty();
        assertThat(BenchDocument.of(dir.resolve("r00001"))).as("no format").isEmpty();

        assertThat(BenchDocument.of(dir.resolve("r00001.scan-light.pdf")).orElseThrow().format())
                .isEqualTo("scan-light.pdf");
        assertThat(BenchDocument.of(dir.resolve("r00001.PDF")).orElseThrow().format()).isEqualTo("pdf");
        assertThat(BenchDocument.of(dir.resolve("001-p3.jpg")).orElseThrow().format()).isEqualTo("jpg");
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
        CellScore wrong = CellScore.of(result, new GroundTruth(rows, truth.findings(), truth.version()));
        assertThat(wrong.right()).isEqualTo(score.compared() - 2);
        assertThat(wrong.wrongFlagged()).as("only 总计 carries the narrative finding").isEqualTo(1);

        Map<String, List<ExpectedCell>> hybridRows = new LinkedHashMap<>(truth.rows());
        hybridRows.put("requests.other_no_correction", Collections.nCopies(7,
                new ExpectedCell("ok", BigDecimal.ZERO)));
        CellScore otherVersion = CellScore.of(result, new GroundTruth(hybridRows, truth.findings(), "hybrid"));
        assertThat(otherVersion.compared() - otherVersion.right()).as("the cells of a version the result is not on")
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    void everyRenderingOfAReportSharesItsTruthAndCountsAsItsOwnFormat(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("r00001.expected.json"), "{\"rows\": {}, \"findings\": []}");
        for (String name : List.of("r00001.txt", "r00001.scan-light.pdf", "r00001.pdf", "r00002.txt", "notes.md")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<BenchDocument> documents = BenchDocument.under(List.of(dir));
        assertThat(documents).extracting(BenchDocument::format).containsExactly("pdf", "scan-light.pdf", "txt");
        assertThat(documents).extracting(d -> d.truth().getFileName().toString()).containsOnly("r00001.expected.json");
        assertThat(documents.get(1).pageImages()).isTrue();
        assertThat(documents.get(2).pageImages()).isFalse();
    }

    @Test
    void findingsAreMatchedByRuleCellsAndSeverity() throws IOException {
        Path document = Path.of("fixtures/seeds/001.txt");
        ExtractionResult result = ExtractionPipeline.standard().extract(Files.readAllBytes(document), "001.txt");
        GroundTruth truth = GroundTruth.beside(document).orElseThrow();
        FindingScore right = new FindingScore();
        right.add(result, truth);
        assertThat(right.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.precision()).isEqualTo(1.0);
            assertThat(r.recall()).isEqualTo(1.0);
        });

        List<ExpectedFinding> shifted = new ArrayList<>();
        shifted.add(new ExpectedFinding("narrative_conflict", null, List.of("requests.new_received.natural_person")));
        shifted.add(new ExpectedFinding("balance", "error", List.of("requests.*")));
        FindingScore wrong = new FindingScore();
        wrong.add(result, new GroundTruth(truth.rows(), shifted, truth.version()));
        RuleTally conflict = wrong.rules().stream().filter(r -> r.rule().equals("narrative_conflict")).findFirst()
                .orElseThrow();
        assertThat(conflict.expected()).isEqualTo(1);
        assertThat(conflict.given()).isEqualTo(1);
        assertThat(conflict.matched()).as("the narrative finding names 总计, not 自然人").isZero();
        RuleTally balance = wrong.rules().stream().filter(r -> r.rule().equals("balance")).findFirst().orElseThrow();
        assertThat(balance.recall()).isZero();
        assertThat(balance.precision()).as("none given").isEqualTo(1.0);

        FindingScore page = new FindingScore();
        page.add(result, new GroundTruth(truth.rows(), null, null));
        assertThat(page.rules()).as("a page's truth lists no findings: not counted").isEmpty();
    }

    @Test
    void theWritersShowEveryFormatAndRule() throws IOException {
        FormatResult docx = new FormatResult("docx", 10, 12, Map.of(1, 40.0, 2, 70.5), 0.025, 200, 198, 1, 0.12,
                null, null, null, null, null);
        BenchReport report = new BenchReport("2026-11-22", new Machine(2, 24000, "Debian", "OpenJDK 17", "tesseract 5",
                "abc1234"), "bench x", List.of("x"), 10, null, List.of(docx),
                List.of(new RuleTally("placeholder", 4, 5, 4)), 300, 512, List.of(new HeapWatch.Checkpoint(10, 42)));
        StringBuilder markdown = new StringBuilder();
        new MarkdownBenchWriter().write(report, markdown);
        assertThat(markdown.toString())
                .contains("| docx | 10 | 12 | 40.0 | 70.5 | 0.025 | 99.0% (198/200) | 2 | 50.0% (1/2) | 0.120 | – |")
                .contains("| placeholder | 4 | 5 | 4 | 80.0% | 100.0% |")
                .contains("peak 300 MB (sampled every 5 ms) of 512 MB allowed")
                .contains("10 → 42 MB");
        StringBuilder json = new StringBuilder();
        new JsonBenchWriter().write(report, json);
        assertThat(json.toString()).contains("\"cellAccuracy\" : 0.99").contains("\"flaggedWhenWrong\" : 0.5")
                .contains("\"precision\" : 0.8").contains("\"commit\" : \"abc1234\"");
    }
}

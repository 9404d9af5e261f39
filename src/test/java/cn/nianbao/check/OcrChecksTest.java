package cn.nianbao.check;

import static cn.nianbao.check.FormFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Origin;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.map.FilledForm;
import cn.nianbao.map.ReportMetaReader;
import cn.nianbao.map.VersionGuess;
import cn.nianbao.map.YearEvidence;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcrChecksTest {
    /** As in models/ocr.properties. */
    private static final double OCR_THRESHOLD = 0.75;


    private static CheckContext context(FilledForm form) {
        ReportMetaReader.Meta meta = new ReportMetaReader.Meta("某局", new YearEvidence(2021, null, 2021), null, null);
        return CheckContext.of(new SourceDocument("ocr", 1, List.of()), meta, new VersionGuess(form.version(), false, true));
    }

    /** A 2021 form where 7 natural persons asked and got their information; every cell read by OCR. */
    private static FilledForm sevenRequests() {
        FilledForm form = FormFixtures.zeros("2021");
        for (String row : List.of("new_received", "granted", "results_total")) {
            set(form, "requests." + row + ".natural_person", 7);
            set(form, "requests." + row + ".total", 7);
        }
        form.cells().forEach(c -> c.readByOcr(List.of()));
        return form;
    }

    private static void misread(Cell cell, long value, double confidence, String... alternatives) {
        cell.set(BigDecimal.valueOf(value), Long.toString(value), CellState.OK, confidence, Origin.pageBox(1, 0, 0, 1, 1));
        cell.readByOcr(List.of(alternatives));
    }

    @Test
    void aSevenReadAsOneIsRepairedByTheIdentitiesAndOnlyOffered() {
        FilledForm form = sevenRequests();
        misread(form.cell("requests.granted.natural_person"), 1, 0.95);
        List<Finding> findings = Checker.standard(OCR_THRESHOLD).check(form, context(form));

        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder("results_sum", "row_total");
        assertThat(findings).allSatisfy(f -> assertThat(f.suggestion().values())
                .containsOnlyKeys("requests.granted.natural_person")
                .hasEntrySatisfying("requests.granted.natural_person", v -> assertThat(v).isEqualByComparingTo("7")));
        assertThat(form.cell("requests.granted.natural_person").getValue()).isEqualByComparingTo("1");
    }

    @Test
    void noRepairIsOfferedWhenNoneOfTheReadingsFits() {
        FilledForm form = sevenRequests();
        misread(form.cell("requests.granted.natural_person"), 2, 0.95);
        List<Finding> findings = Checker.standard(OCR_THRESHOLD).check(form, context(form));
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.suggestion()).isNull());
    }

    @Test
    void tesseractsOwnAlternativeIsTried() {
        FilledForm form = sevenRequests();
        misread(form.cell("requests.granted.natural_person"), 2, 0.95, "7");
        List<Finding> findings = Checker.standard(OCR_THRESHOLD).check(form, context(form));
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.suggestion()).isNotNull());
    }

    @Test
    void unsureOcrCellsAreFlaggedAndSureOnesAreNot() {
        FilledForm form = sevenRequests();
        misread(form.cell("requests.granted.natural_person"), 7, 0.3);
        List<Finding> findings = new OcrLowConfidenceRule(0.6).check(form, context(form));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ocr_low_confidence");
            assertThat(f.cells()).containsExactly("requests.granted.natural_person");
        });
    }
}

package cn.nianbao.check;

import static cn.nianbao.check.FormFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.map.FilledForm;
import cn.nianbao.map.ReportMetaReader;
import cn.nianbao.map.VersionGuess;
import cn.nianbao.map.YearEvidence;
import cn.nianbao.result.CellState;
import cn.nianbao.result.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static CheckContext context(FilledForm form, Integer titleYear, Integer narrativeYear, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Paragraph(p, Origin.line(blocks.size() + 1)));
        }
        ReportMetaReader.Meta meta = new ReportMetaReader.Meta("某街道办事处",
                new YearEvidence(titleYear, null, narrativeYear), null, "某街道办事处政府信息公开工作年度报告");
        return CheckContext.of(new SourceDocument("text", 1, blocks), meta, new VersionGuess(form.version(), false, true));
    }

    @Test
    void aWrongRowTotalBreaksItsRowAndItsColumn() {
        FilledForm form = FormFixtures.zeros("2021");
        set(form, "requests.granted.natural_person", 2);
        set(form, "requests.granted.total", 3);
        set(form, "requests.results_total.natural_person", 2);
        set(form, "requests.results_total.total", 2);
        set(form, "requests.new_received.natural_person", 2);
        set(form, "requests.new_received.total", 2);
        List<Finding> findings = new IdentityRule().check(form, context(form, 2021, 2021));
        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder("row_total", "results_sum");
        Finding row = findings.stream().filter(f -> f.rule().equals("row_total")).findFirst().orElseThrow();
        assertThat(row.cells()).contains("requests.granted.total", "requests.granted.natural_person").hasSize(7);
        assertThat(row.message()).contains("3").contains("2");
    }

    @Test
    void identitiesWithAPlaceholderAreNotChecked() {
        FilledForm form = FormFixtures.zeros("2019");
        set(form, "requests.new_received.total", 9);
        form.cell("requests.new_received.natural_person").set(null, "-", CellState.PLACEHOLDER, 1.0, null);
        List<Finding> findings = new IdentityRule().check(form, context(form, 2020, 2020));
        assertThat(findings).extracting(Finding::rule).containsExactly("balance");
    }

    @Test
    void narrativeSayingNoRequestsConflictsWithRequestsInTheTable() {
        FilledForm form = FormFixtures.zeros("2019");
        set(form, "requests.new_received.total", 2);
        CheckContext context = context(form, 2020, 2020, "2020年，锦阳路街道办事处未收到信息公开申请。");
        assertThat(new NoRequestsClaimRule().check(form, context))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("narrative_conflict");
                    assertThat(f.cells()).containsExactly("requests.new_received.total");
                    assertThat(f.quote()).isEqualTo("2020年，锦阳路街道办事处未收到信息公开申请");
                });
    }

    @Test
    void claimsAboutAppealsOrOtherChannelsAreNotRequestClaims() {
        FilledForm form = FormFixtures.zeros("2021");
        set(form, "requests.new_received.total", 1);
        set(form, "requests.new_received.natural_person", 1);
        CheckContext context = context(form, 2021, 2021,
                "2021年，街道收到自然人书面信息公开申请1件，严格按照《条例》等有关规定进行办理和答复，无其它渠道申请件。",
                "未收到因政府信息公开申请提起的行政复议。");
        assertThat(new NoRequestsClaimRule().check(form, context)).isEmpty();
        assertThat(new RequestCountClaimRule().check(form, context)).isEmpty();
    }

    @Test
    void aStatedCountThatDiffersFromTheTableIsAConflict() {
        FilledForm form = FormFixtures.zeros("2021");
        set(form, "requests.new_received.total", 3);
        CheckContext context = context(form, 2021, 2021, "全年共收到政府信息公开申请五件，均已按时答复。");
        assertThat(new RequestCountClaimRule().check(form, context))
                .singleElement().satisfies(f -> assertThat(f.cells()).containsExactly("requests.new_received.total"));
    }

    @Test
    void aTitleYearTheNarrativeDoesNotShareIsAConflict() {
        FilledForm form = FormFixtures.zeros("2021");
        assertThat(new YearConsistencyRule().check(form, context(form, 2021, 2020)))
                .singleElement().satisfies(f -> assertThat(f.cells()).isEmpty());
        assertThat(new YearConsistencyRule().check(form, context(form, 2021, 2021))).isEmpty();
    }

    @Test
    void aHybridFormOrAFormOfTheWrongYearIsAVersionMismatch() {
        FilledForm hybrid = FormFixtures.zeros("hybrid");
        assertThat(new VersionMismatchRule().check(hybrid, context(hybrid, 2021, 2021))).hasSize(1);
        FilledForm old = FormFixtures.zeros("2019");
        assertThat(new VersionMismatchRule().check(old, context(old, 2022, 2022)))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("2022"));
        assertThat(new VersionMismatchRule().check(old, context(old, 2020, 2020))).isEmpty();
    }

    @Test
    void negativeCountsButNotChangesAreFlagged() {
        FilledForm form = FormFixtures.zeros("2019");
        set(form, "active.art20_6_penalty.change", -3);
        set(form, "requests.granted.commercial", -1);
        assertThat(new NegativeRule().check(form, context(form, 2020, 2020)))
                .singleElement().satisfies(f -> assertThat(f.cells()).containsExactly("requests.granted.commercial"));
    }
}

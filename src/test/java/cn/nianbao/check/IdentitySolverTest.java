package cn.nianbao.check;

import static cn.nianbao.check.FormFixtures.lose;
import static cn.nianbao.check.FormFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.map.FilledForm;
import cn.nianbao.result.CellState;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentitySolverTest {
    private final IdentitySolver solver = new IdentitySolver();

    @Test
    void aTableLostAfterItsFifthRowIsForcedToZeroWhenNothingCameIn() {
        FilledForm form = FormFixtures.zeros("2019");
        form.version().cells().stream()
                .filter(c -> c.key().startsWith("requests.") && rowIndex(c.key()) >= 9)
                .forEach(c -> lose(form, c.key()));
        solver.solve(form);
        assertThat(form.cell("requests.results_total.total").getState()).isEqualTo(CellState.INFERRED);
        assertThat(form.cell("requests.other.natural_person").getValue()).isZero();
        assertThat(form.cells()).noneMatch(c -> c.getState() == CellState.MISSING);
    }

    @Test
    void oneUnknownCellOfAnIdentityGetsTheDifference() {
        FilledForm form = FormFixtures.zeros("2021");
        set(form, "requests.new_received.natural_person", 5);
        set(form, "requests.new_received.commercial", 2);
        lose(form, "requests.new_received.total");
        set(form, "requests.results_total.natural_person", 5);
        set(form, "requests.granted.natural_person", 5);
        set(form, "requests.results_total.commercial", 2);
        set(form, "requests.granted.commercial", 2);
        set(form, "requests.results_total.total", 7);
        set(form, "requests.granted.total", 7);
        solver.solve(form);
        assertThat(form.cell("requests.new_received.total").getValue()).isEqualByComparingTo("7");
        assertThat(form.cell("requests.new_received.total").getState()).isEqualTo(CellState.INFERRED);
    }

    @Test
    void twoUnknownsThatNeedNotBeZeroAreLeftAlone() {
        FilledForm form = FormFixtures.zeros("2021");
        set(form, "requests.results_total.natural_person", 3);
        set(form, "requests.results_total.total", 3);
        set(form, "requests.new_received.natural_person", 3);
        set(form, "requests.new_received.total", 3);
        lose(form, "requests.partly_granted.natural_person");
        lose(form, "requests.denied_state_secret.natural_person");
        lose(form, "requests.partly_granted.total");
        lose(form, "requests.denied_state_secret.total");
        set(form, "requests.granted.natural_person", 1);
        set(form, "requests.granted.total", 1);
        solver.solve(form);
        assertThat(form.cell("requests.partly_granted.natural_person").getState()).isEqualTo(CellState.MISSING);
        assertThat(form.cell("requests.denied_state_secret.total").getState()).isEqualTo(CellState.MISSING);
    }

    @Test
    void neverInfersANegativeCount() {
        FilledForm form = FormFixtures.zeros("2021");
        set(form, "appeals.review.total", 1);
        set(form, "appeals.review.upheld", 3);
        lose(form, "appeals.review.corrected");
        solver.solve(form);
        assertThat(form.cell("appeals.review.corrected").getState()).isEqualTo(CellState.MISSING);
    }

    @Test
    void placeholdersAreNeverInferred() {
        FilledForm form = FormFixtures.zeros("2019");
        form.cell("requests.new_received.total").set(null, "-", CellState.PLACEHOLDER, 1.0, null);
        solver.solve(form);
        assertThat(form.cell("requests.new_received.total").getState()).isEqualTo(CellState.PLACEHOLDER);
    }

    private static int rowIndex(String key) {
        String row = key.split("\\.")[1];
        return List.of("new_received", "carried_over", "granted", "partly_granted", "denied_state_secret",
                "denied_prohibited_by_law", "denied_security_stability", "denied_third_party", "denied_internal_affairs",
                "denied_process_info", "denied_enforcement_files", "denied_query_service", "unable_not_held",
                "unable_needs_creation", "unable_unclear", "rejected_petition", "rejected_repeat", "rejected_publication",
                "rejected_excessive", "rejected_confirmation", "other", "results_total", "carried_forward").indexOf(row);
    }
}

package cn.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Origin;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.ReportMeta;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarryOverChainTest {

    private static ExtractionResult report(String organ, int year, String key, long value) {
        Cell cell = new Cell(key, BigDecimal.valueOf(value), Long.toString(value), CellState.OK, 1.0, Origin.line(1));
        return new ExtractionResult(null, new ReportMeta(organ, year, "2021", null), List.of(cell), List.of(), List.of(),
                ExtractionResult.CLEAN, null, null);
    }

    @Test
    void whatOneYearCarriedForwardTheNextMustCarryOver() {
        ExtractionResult y2021 = report("某区人民政府", 2021, "requests.carried_forward.total", 3);
        ExtractionResult y2022 = report("某区人民政府", 2022, "requests.carried_over.total", 2);
        assertThat(CarryOverChain.forEarlier(y2021, y2022)).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly("requests.carried_forward.total"));
        List<Finding> findings = CarryOverChain.forLater(y2021, y2022);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("carry_over_chain");
            assertThat(f.cells()).containsExactly("requests.carried_over.total");
            assertThat(f.message()).contains("2022").contains("2021").contains("3").contains("2");
        });
        assertThat(CarryOverChain.forLater(y2021, report("某区人民政府", 2022, "requests.carried_over.total", 3))).isEmpty();
    }

    @Test
    void onlyConsecutiveYearsOfTheSameOrganAreCompared() {
        ExtractionResult y2021 = report("某区人民政府", 2021, "requests.carried_forward.total", 3);
        assertThat(CarryOverChain.forLater(y2021, report("某区人民政府", 2023, "requests.carried_over.total", 2))).isEmpty();
        assertThat(CarryOverChain.forLater(y2021, report("另一区人民政府", 2022, "requests.carried_over.total", 2))).isEmpty();
    }
}

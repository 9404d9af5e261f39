package cn.nianbao.check;

import cn.nianbao.result.Cell;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The carry_over_chain check between two reports of the same organ for consecutive years: what the earlier
 * year carried forward (四、结转下年度继续办理) is what the later one carried over (二、上年结转), column by
 * column. It needs the other report, so the store runs it when both are known; the finding goes on both.
 */
public final class CarryOverChain {
    public static final String RULE = "carry_over_chain";
    private static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "public_interest",
            "legal_services", "other_org", "total");

    private CarryOverChain() {
    }

    /** Findings for the later report of the pair (on its 上年结转 cells), empty when they agree. */
    public static List<Finding> forLater(ExtractionResult earlier, ExtractionResult later) {
        return check(earlier, later, "requests.carried_over.");
    }

    /** Findings for the earlier report of the pair (on its 结转下年度 cells), empty when they agree. */
    public static List<Finding> forEarlier(ExtractionResult earlier, ExtractionResult later) {
        return check(earlier, later, "requests.carried_forward.");
    }

    /** Empty too when the two are not consecutive years of one organ, or lack the values. */
    private static List<Finding> check(ExtractionResult earlier, ExtractionResult later, String flaggedRow) {
        if (!consecutive(earlier, later)) {
            return List.of();
        }
        Map<String, Cell> before = byKey(earlier);
        Map<String, Cell> after = byKey(later);
        List<Finding> out = new ArrayList<>();
        for (String column : COLUMNS) {
            Cell forward = before.get("requests.carried_forward." + column);
            Cell over = after.get("requests.carried_over." + column);
            if (forward == null || over == null || !forward.hasValue() || !over.hasValue()
                    || forward.getValue().compareTo(over.getValue()) == 0) {
                continue;
            }
            out.add(new Finding(RULE, Severity.WARNING, List.of(flaggedRow + column),
                    later.report().year() + " 年报告“上年结转”为 " + over.getValue().toPlainString() + "，但 "
                            + earlier.report().year() + " 年报告“结转下年度继续办理”为 "
                            + forward.getValue().toPlainString() + "（" + column + " 列）。"));
        }
        return out;
    }

    private static boolean consecutive(ExtractionResult earlier, ExtractionResult later) {
        return earlier.report() != null && later.report() != null
                && earlier.report().organ() != null
                && Objects.equals(earlier.report().organ(), later.report().organ())
                && earlier.report().year() != null && later.report().year() != null
                && later.report().year() == earlier.report().year() + 1;
    }

    private static Map<String, Cell> byKey(ExtractionResult result) {
        return result.cells().stream().collect(Collectors.toMap(Cell::getKey, Function.identity()));
    }
}

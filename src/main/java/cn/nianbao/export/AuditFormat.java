package cn.nianbao.export;

import cn.nianbao.review.AuditEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The columns of the audit trail, the same in the XLSX sheets and the CSV. */
final class AuditFormat {

    private AuditFormat() {
    }

    /** @param cellLabel the label of a cell key (the report's own version's, where known) */
    static RowFormat<AuditEntry> format(UnaryOperator<String> cellLabel) {
        return new RowFormat<>(List.of("报告编号", "时间", "操作人", "类型", "单元格", "单元格名称", "原值", "原状态", "新值",
                "新状态", "原因"), e -> {
                    boolean status = AuditEntry.STATUS.equals(e.action());
                    List<Object> values = new ArrayList<>();
                    values.add(e.reportId() == null ? null : e.reportId().toString());
                    values.add(ExportValues.time(e.at()));
                    values.add(e.actor());
                    values.add(ExportNames.action(e.action()));
                    values.add(e.cellKey());
                    values.add(e.cellKey() == null ? null : cellLabel.apply(e.cellKey()));
                    values.add(status ? ExportNames.status(e.oldValue()) : number(e.oldValue()));
                    values.add(ExportNames.state(e.oldState()));
                    values.add(status ? ExportNames.status(e.newValue()) : number(e.newValue()));
                    values.add(ExportNames.state(e.newState()));
                    values.add(e.reason());
                    return values;
                });
    }

    /** A cell's value as the trail keeps it (text), as a number where it is one. */
    private static Object number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return value;
        }
    }
}

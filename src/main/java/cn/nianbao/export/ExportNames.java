package cn.nianbao.export;

import cn.nianbao.check.RuleNames;
import cn.nianbao.review.AuditEntry;
import cn.nianbao.result.CellState;
import cn.nianbao.store.ReportStatus;

/** The words the exports print for ids the data keeps as text (audit trail, rule ids). */
final class ExportNames {

    private ExportNames() {
    }

    /** A rule as people and programs both read it: 申请人合计 [row_total]. */
    static String rule(String rule) {
        String name = RuleNames.name(rule);
        return name.equals(rule) ? rule : name + " [" + rule + "]";
    }

    /** A cell state id of the audit trail in words; an id this code does not know is printed as it is. */
    static String state(String id) {
        if (id == null) {
            return null;
        }
        try {
            return CellState.of(id).label();
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    /** A report status id in words (待审核 …), or the id itself when unknown. */
    static String status(String id) {
        return id == null ? null : ReportStatus.parse(id).map(ReportStatus::label).orElse(id);
    }

    static String action(String action) {
        if (AuditEntry.CELL.equals(action)) {
            return "单元格";
        }
        return AuditEntry.STATUS.equals(action) ? "状态" : action;
    }
}

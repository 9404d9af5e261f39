package cn.nianbao.export;

import cn.nianbao.review.AuditEntry;
import cn.nianbao.result.CellState;
import cn.nianbao.result.Severity;
import cn.nianbao.store.ReportStatus;

/** The Chinese words the exports print for ids kept in the data (severities, cell states, audit actions). */
final class ExportNames {

    private ExportNames() {
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    static String state(CellState state) {
        return switch (state) {
            case OK -> "已读取";
            case BLANK -> "空白";
            case PLACEHOLDER -> "占位符";
            case APPROXIMATE -> "约数";
            case MISSING -> "缺失";
            case INFERRED -> "推定";
            case CORRECTED -> "已更正";
        };
    }

    /** A cell state id of the audit trail in words; an id this code does not know is printed as it is. */
    static String state(String id) {
        if (id == null) {
            return null;
        }
        try {
            return state(CellState.of(id));
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

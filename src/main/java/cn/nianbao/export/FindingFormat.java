package cn.nianbao.export;

import cn.nianbao.result.Finding;
import java.util.ArrayList;
import java.util.List;

/** The columns of a findings list: one row per finding, for one report or (with the report's columns) many. */
final class FindingFormat {

    /** A finding with the report it belongs to. */
    record ReportFinding(DatasetRow report, Finding finding) {
    }

    private FindingFormat() {
    }

    /** 规则, 严重程度, 单元格, 说明, 引文: the findings of one report. */
    static RowFormat<Finding> single() {
        return new RowFormat<>(List.of("规则", "严重程度", "单元格", "说明", "引文"), f -> {
            List<Object> values = common(f);
            values.add(f.quote());
            return values;
        });
    }

    /** 报告编号, 发布机关, 规则, 严重程度, 单元格, 说明: the findings of many reports. */
    static RowFormat<ReportFinding> many() {
        return new RowFormat<>(List.of("报告编号", "发布机关", "规则", "严重程度", "单元格", "说明"), rf -> {
            List<Object> values = new ArrayList<>();
            values.add(rf.report().id());
            values.add(rf.report().organ());
            values.addAll(common(rf.finding()));
            return values;
        });
    }

    private static List<Object> common(Finding f) {
        List<Object> values = new ArrayList<>();
        values.add(ExportNames.rule(f.rule()));
        values.add(f.severity() == null ? null : f.severity().label());
        values.add(String.join(", ", f.cells()));
        values.add(f.message());
        return values;
    }
}

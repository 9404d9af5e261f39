package cn.nianbao.export;

import cn.nianbao.result.Cell;
import cn.nianbao.store.FindingCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dataset's columns: the report's facts, its finding counts, then one column per cell key of any version. */
final class DatasetFormat {
    private static final List<String> KEYS = CellLabels.keys();
    private static final List<String> REPORT_HEADERS = List.of("报告编号", "文件名", "发布机关", "年度", "表格版本", "状态",
            "错误数", "警告数", "提示数");

    private DatasetFormat() {
    }

    static RowFormat<DatasetRow> format() {
        List<String> headers = new ArrayList<>(REPORT_HEADERS);
        KEYS.forEach(key -> headers.add(CellLabels.header(key)));
        return new RowFormat<>(headers, DatasetFormat::values);
    }

    private static List<Object> values(DatasetRow row) {
        List<Object> values = new ArrayList<>(REPORT_HEADERS.size() + KEYS.size());
        values.add(row.id());
        values.add(row.record().fileName());
        values.add(row.organ());
        values.add(row.year());
        values.add(row.version());
        values.add(row.record().status() == null ? null : row.record().status().label());
        // Counts only for an extracted report: a report in the queue has no findings yet, not zero of them.
        FindingCounts counts = row.result() == null ? null : FindingCounts.of(row.result().findings());
        values.add(counts == null ? null : counts.errors());
        values.add(counts == null ? null : counts.warnings());
        values.add(counts == null ? null : counts.notes());
        Map<String, Cell> cells = row.cellsByKey();
        for (String key : KEYS) {
            Cell cell = cells.get(key);
            values.add(cell == null ? null : cell.getValue());
        }
        return values;
    }
}

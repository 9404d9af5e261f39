package cn.nianbao.export;

import cn.nianbao.result.Cell;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.ReportMeta;
import cn.nianbao.result.ResultJson;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.StoredResult;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

/**
 * One report of a dataset export.
 *
 * @param result the extraction result, or null when the report is not extracted yet or could not be read (a
 *               failed result is taken as none: it has no cells)
 */
public record DatasetRow(ReportRecord record, ExtractionResult result) {

    public DatasetRow {
        if (result != null && (ExtractionResult.FAILED.equals(result.status()) || result.cells() == null)) {
            result = null;
        }
    }

    /** A stored report with its result JSON parsed (no JSON, or a failed result, gives a null result). */
    public static DatasetRow of(StoredResult stored) {
        String json = stored.resultJson();
        return new DatasetRow(stored.record(), json == null || json.isBlank() ? null : ResultJson.read(json));
    }

    /** The stored reports as rows, parsed one by one as the writer walks them (a page in memory at a time). */
    public static Iterable<DatasetRow> all(Iterable<StoredResult> stored) {
        return () -> {
            Iterator<StoredResult> each = stored.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return each.hasNext();
                }

                @Override
                public DatasetRow next() {
                    return of(each.next());
                }
            };
        };
    }

    /** The result's cells by key (empty without a result). */
    Map<String, Cell> cellsByKey() {
        Map<String, Cell> cells = new HashMap<>();
        if (result != null) {
            result.cells().forEach(c -> cells.put(c.getKey(), c));
        }
        return cells;
    }

    String id() {
        return record.id() == null ? null : record.id().toString();
    }

    String organ() {
        return stored(record.organ(), ReportMeta::organ);
    }

    Integer year() {
        return stored(record.year(), ReportMeta::year);
    }

    String version() {
        return stored(record.version(), ReportMeta::version);
    }

    /** What the database holds, else what the result says (the two agree once a result is saved). */
    private <V> V stored(V fromRecord, Function<ReportMeta, V> fromResult) {
        if (fromRecord != null || result == null || result.report() == null) {
            return fromRecord;
        }
        return fromResult.apply(result.report());
    }
}

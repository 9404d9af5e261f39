package cn.nianbao.export;

import java.util.List;
import java.util.function.Function;

/**
 * The columns of one exported table and how an item fills a row of them, shared by the CSV and XLSX writers.
 * A value is a {@link String}, a {@link Number} (a numeric cell) or null (an empty cell).
 */
record RowFormat<T>(List<String> headers, Function<T, List<Object>> values) {

    RowFormat {
        headers = List.copyOf(headers);
    }

    List<Object> row(T item) {
        return values.apply(item);
    }
}

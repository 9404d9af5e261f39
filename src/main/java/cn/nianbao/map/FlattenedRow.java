package cn.nianbao.map;

import cn.nianbao.document.Origin;
import java.util.List;

/**
 * A row whose cells came run together ("230 000023") and that its own total could not cut in one way
 * only: the cuts still possible, for the checker to settle with every identity.
 *
 * @param keys the row's cell keys, in column order
 * @param splits the candidate values, each in the order of {@code keys}
 */
public record FlattenedRow(List<String> keys, List<List<Long>> splits, String raw, Origin origin) {
    public FlattenedRow {
        keys = List.copyOf(keys);
        splits = List.copyOf(splits);
    }
}

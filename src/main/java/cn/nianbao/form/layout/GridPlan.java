package cn.nianbao.form.layout;

import java.util.List;

/**
 * One block of the printed form as a grid: the corner text over the label columns, the heading paths of the
 * columns, the label paths of the rows, and the cell key at each row and column (null where the row has no
 * such column).
 *
 * @param heading a line above the block that spans it (二's 第二十条第（一）项), or null
 */
public record GridPlan(String heading, String corner, List<List<String>> columnPaths, List<List<String>> rowPaths,
                List<List<String>> keys) {

    public boolean labelled() {
        return Spans.depth(rowPaths) > 0;
    }
}

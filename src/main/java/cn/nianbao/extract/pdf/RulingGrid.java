package cn.nianbao.extract.pdf;

import java.util.List;

/**
 * A table drawn with ruling lines: the x of its column borders, the y of its row borders (top-down page
 * points, both ascending), and its cells, merged ones whole, in reading order.
 */
record RulingGrid(List<Double> columnBorders, List<Double> rowBorders, List<GridCell> cells) {

    RulingGrid {
        columnBorders = List.copyOf(columnBorders);
        rowBorders = List.copyOf(rowBorders);
        cells = List.copyOf(cells);
    }

    int rowCount() {
        return rowBorders.size() - 1;
    }

    Box box() {
        return new Box(columnBorders.get(0), rowBorders.get(0), columnBorders.get(columnBorders.size() - 1),
                rowBorders.get(rowBorders.size() - 1));
    }
}

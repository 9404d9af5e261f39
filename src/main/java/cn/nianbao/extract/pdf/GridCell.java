package cn.nianbao.extract.pdf;

/**
 * A cell of a ruled grid: it starts at grid row {@code row} and column {@code column} and covers
 * {@code rowSpan} × {@code colSpan} squares of the grid (more than one where an inner border is missing).
 */
record GridCell(int row, int column, int rowSpan, int colSpan, Box box) {
}

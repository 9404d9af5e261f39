package cn.nianbao.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulingGridsTest {

    /** Every border of a grid, each line drawn whole. */
    private static List<Ruling> fullGrid(double[] xs, double[] ys) {
        List<Ruling> lines = new ArrayList<>();
        for (double x : xs) {
            lines.add(Ruling.vertical(x, ys[0], ys[ys.length - 1]));
        }
        for (double y : ys) {
            lines.add(Ruling.horizontal(y, xs[0], xs[xs.length - 1]));
        }
        return lines;
    }

    @Test
    void aFullGridGivesOneCellPerSquare() {
        List<RulingGrid> grids = RulingGrids.find(fullGrid(new double[] {50, 150, 250}, new double[] {100, 120, 140}));

        assertThat(grids).hasSize(1);
        RulingGrid grid = grids.get(0);
        assertThat(grid.columnBorders()).containsExactly(50.0, 150.0, 250.0);
        assertThat(grid.rowBorders()).containsExactly(100.0, 120.0, 140.0);
        assertThat(grid.cells()).extracting(GridCell::row, GridCell::column, GridCell::rowSpan, GridCell::colSpan)
                .containsExactly(tuple(0, 0, 1, 1), tuple(0, 1, 1, 1), tuple(1, 0, 1, 1), tuple(1, 1, 1, 1));
        assertThat(grid.cells().get(3).box()).isEqualTo(new Box(150, 120, 250, 140));
    }

    @Test
    void aMissingInnerBorderMergesTheSquaresItWouldSeparate() {
        // Row 0: one cell over both columns (no vertical at x=150 above y=120).
        // Column 0: one cell over rows 1 and 2 (no horizontal at y=140 left of x=150).
        List<Ruling> lines = List.of(
                Ruling.horizontal(100, 50, 250), Ruling.horizontal(120, 50, 250),
                Ruling.horizontal(140, 150, 250), Ruling.horizontal(160, 50, 250),
                Ruling.vertical(50, 100, 160), Ruling.vertical(150, 120, 160), Ruling.vertical(250, 100, 160));

        RulingGrid grid = RulingGrids.find(lines).get(0);

        assertThat(grid.cells()).extracting(GridCell::row, GridCell::column, GridCell::rowSpan, GridCell::colSpan)
                .containsExactly(tuple(0, 0, 1, 2), tuple(1, 0, 2, 1), tuple(1, 1, 1, 1), tuple(2, 1, 1, 1));
        assertThat(grid.cells().get(1).box()).isEqualTo(new Box(50, 120, 150, 160));
    }

    @Test
    void bordersDrawnInPiecesWithSmallGapsAreOneLine() {
        List<Ruling> pieces = List.of(Ruling.horizontal(100, 50, 99), Ruling.horizontal(100.4, 100.5, 150),
                Ruling.horizontal(100, 170, 200));

        assertThat(RulingGrids.joinCollinear(pieces)).extracting(Ruling::start, Ruling::end)
                .containsExactly(tuple(50.0, 150.0), tuple(170.0, 200.0));
    }

    @Test
    void aTableWithoutSideBordersStillClosesAtItsOuterEdges() {
        // Horizontal lines from 50 to 250, one inner vertical at 150: the open sides are the lines' ends.
        List<Ruling> lines = List.of(Ruling.horizontal(100, 50, 250), Ruling.horizontal(120, 50, 250),
                Ruling.horizontal(140, 50, 250), Ruling.vertical(150, 100, 140), Ruling.vertical(200, 100, 140));

        RulingGrid grid = RulingGrids.find(lines).get(0);

        assertThat(grid.columnBorders()).containsExactly(50.0, 150.0, 200.0, 250.0);
        assertThat(grid.cells()).hasSize(6);
    }

    @Test
    void aLoneLineOrASingleFramedBoxIsNoTable() {
        List<Ruling> underline = List.of(Ruling.horizontal(80, 50, 500));
        List<Ruling> frame = fullGrid(new double[] {50, 500}, new double[] {300, 400});

        assertThat(RulingGrids.find(underline)).isEmpty();
        assertThat(RulingGrids.find(frame)).isEmpty();
    }

    @Test
    void rowsWithoutInnerColumnsAreNoRuledTable() {
        List<Ruling> rowsOnly = fullGrid(new double[] {50, 500}, new double[] {100, 120, 140, 160});

        assertThat(RulingGrids.find(rowsOnly)).isEmpty();
    }

    @Test
    void tablesThatDoNotTouchAreSeparateAndComeTopToBottom() {
        List<Ruling> lines = new ArrayList<>(fullGrid(new double[] {50, 150, 250}, new double[] {400, 420}));
        lines.addAll(fullGrid(new double[] {50, 100, 250}, new double[] {100, 120, 140}));

        List<RulingGrid> grids = RulingGrids.find(lines);

        assertThat(grids).extracting(g -> g.box().top()).containsExactly(100.0, 400.0);
        assertThat(grids.get(1).cells()).hasSize(2);
    }
}

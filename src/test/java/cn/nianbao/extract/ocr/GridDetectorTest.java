package cn.nianbao.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.nianbao.extract.ocr.GridDetector.Grid;
import cn.nianbao.extract.ocr.GridDetector.GridCell;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridDetectorTest {
    /** row, column, rowSpan, colSpan of every cell of {@link SyntheticTable}, in reading order. */
    private static final List<String> CELLS = List.of(
            "0,0 2x1", "0,1 1x3",
            "1,1 1x1", "1,2 1x1", "1,3 1x1",
            "2,0 1x1", "2,1 1x1", "2,2 1x1", "2,3 1x1",
            "3,0 1x1", "3,1 1x1", "3,2 1x1", "3,3 1x1");

    @Test
    void findsTheRulesAndMergesCellsWhereARuleIsMissing() {
        List<Grid> grids = detect(SyntheticTable.page());

        assertThat(grids).hasSize(1);
        Grid grid = grids.get(0);
        assertThat(grid.xs()).hasSize(SyntheticTable.XS.length);
        for (int i = 0; i < grid.xs().length; i++) {
            assertThat(grid.xs()[i]).isCloseTo(SyntheticTable.XS[i], offset(2));
        }
        assertThat(grid.ys()).hasSize(SyntheticTable.YS.length);
        assertThat(cells(grid)).containsExactlyElementsOf(CELLS);
        GridCell header = grid.cells().get(1);
        assertThat(header.box().x).isCloseTo(SyntheticTable.XS[1], offset(2));
        assertThat(header.box().width).isCloseTo(SyntheticTable.XS[4] - SyntheticTable.XS[1],
                offset(3));
    }

    @Test
    void findsTheSameCellsOnAGreyNoisyTiltedScanOfIt() {
        BufferedImage scan = ScanDegrader.degrade(SyntheticTable.page(), ScanDegrader.Settings.officeScan(0.8));
        GreyImage page = GreyImage.of(scan);
        InkLevels levels = InkLevels.of(page);
        GreyImage straight = Deskew.rotate(page, Deskew.estimateDegrees(page, levels), levels.paper());

        List<Grid> grids = new GridDetector(SyntheticTable.DPI).detect(straight, levels);

        assertThat(grids).hasSize(1);
        assertThat(cells(grids.get(0))).containsExactlyElementsOf(CELLS);
    }

    @Test
    void textWithoutRulesIsNoTable() {
        BufferedImage page = SyntheticTable.page();
        // Keep only the digits: paint over every rule.
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(9));
        for (int x : SyntheticTable.XS) {
            g.drawLine(x, 0, x, page.getHeight());
        }
        for (int y : SyntheticTable.YS) {
            g.drawLine(0, y, page.getWidth(), y);
        }
        g.dispose();

        assertThat(detect(page)).isEmpty();
    }

    private static List<Grid> detect(BufferedImage image) {
        GreyImage page = GreyImage.of(image);
        return new GridDetector(SyntheticTable.DPI).detect(page, InkLevels.of(page));
    }

    private static List<String> cells(Grid grid) {
        return grid.cells().stream()
                .map(c -> c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.colSpan()).toList();
    }
}

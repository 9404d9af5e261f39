package cn.nianbao.extract.pdf;

import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills ruled grids with the page's text: each glyph goes to the cell that holds its centre, and a cell's
 * text is its lines top to bottom joined by '\n' — a label wrapped over lines, or written one character per
 * line down a tall merged cell, stays one cell.
 */
final class LatticeTables {

    /** The tables, and the glyphs that fell in none of them. */
    record Result(List<PlacedBlock> tables, List<Glyph> rest) {
    }

    private LatticeTables() {
    }

    static Result read(List<RulingGrid> grids, List<Glyph> glyphs, int page) {
        List<Glyph> rest = glyphs;
        List<PlacedBlock> tables = new ArrayList<>();
        for (RulingGrid grid : grids) {
            Box area = grid.box();
            Map<Boolean, List<Glyph>> inside = rest.stream()
                    .collect(Collectors.partitioningBy(g -> area.contains(g.box().centreX(), g.box().centreY())));
            tables.add(PlacedBlock.table(table(grid, inside.get(true), page), area));
            rest = inside.get(false);
        }
        return new Result(tables, rest);
    }

    private static Table table(RulingGrid grid, List<Glyph> glyphs, int page) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            rows.add(new ArrayList<>());
        }
        Map<GridCell, List<Glyph>> byCell = new HashMap<>();
        for (Glyph glyph : glyphs) {
            // The first cell that holds the centre: one on a border goes to one cell only.
            grid.cells().stream().filter(c -> c.box().contains(glyph.box().centreX(), glyph.box().centreY()))
                    .findFirst().ifPresent(c -> byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(glyph));
        }
        for (GridCell cell : grid.cells()) {
            String text = text(byCell.getOrDefault(cell, List.of()));
            rows.get(cell.row()).add(new TableCell(text, cell.column(), cell.colSpan(), cell.rowSpan(),
                    cell.box().origin(page)));
        }
        return new Table(rows.stream().map(TableRow::new).toList(), grid.box().origin(page));
    }

    static String text(List<Glyph> glyphs) {
        return TextLines.of(glyphs).stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }
}

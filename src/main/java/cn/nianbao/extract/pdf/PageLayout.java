package cn.nianbao.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out one page with a usable text layer in two steps, because running headers and footers can only
 * be told once every page is known: first the ruled tables take their glyphs and the rest becomes lines;
 * then, with the page chrome removed from those lines, tables without rules and paragraphs are found
 * and everything is put in reading order, top to bottom.
 */
final class PageLayout {
    private final int page;
    private final double height;
    private final List<PlacedBlock> ruledTables;
    private final List<TextLine> lines;

    private PageLayout(int page, double height, List<PlacedBlock> ruledTables, List<TextLine> lines) {
        this.page = page;
        this.height = height;
        this.ruledTables = ruledTables;
        this.lines = lines;
    }

    static PageLayout of(PageContent content) {
        LatticeTables.Result lattice = LatticeTables.read(RulingGrids.find(content.graphics().rulings()),
                content.glyphs(), content.number());
        return new PageLayout(content.number(), content.height(), lattice.tables(), TextLines.of(lattice.rest()));
    }

    /** The lines outside ruled tables, for finding the page chrome and measuring the running text. */
    PageChrome.PageLines textLines() {
        return new PageChrome.PageLines(height, lines);
    }

    /** @param withoutChrome this page's lines outside ruled tables, page chrome removed */
    List<PlacedBlock> blocks(List<TextLine> withoutChrome, RunningText body) {
        List<PlacedBlock> placed = new ArrayList<>(ruledTables);
        List<Box> tableBoxes = new ArrayList<>(ruledTables.stream().map(PlacedBlock::box).toList());
        List<TextLine> running = new ArrayList<>();
        for (List<TextLine> between : betweenTables(withoutChrome)) {
            StreamTables.Result stream = StreamTables.read(between, page);
            placed.addAll(stream.tables());
            tableBoxes.addAll(stream.tables().stream().map(PlacedBlock::box).toList());
            running.addAll(stream.rest());
        }
        placed.addAll(Paragraphs.of(running, body, tableBoxes, page));
        return placed.stream().sorted(Comparator.comparingDouble(p -> p.box().top())).toList();
    }

    /** The lines in runs that no ruled table interrupts, so that a table without rules never spans one. */
    private List<List<TextLine>> betweenTables(List<TextLine> text) {
        List<List<TextLine>> runs = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        List<Box> ruledBoxes = ruledTables.stream().map(PlacedBlock::box).toList();
        TextLine previous = null;
        for (TextLine line : text) {
            if (previous != null && Paragraphs.tableBetween(previous, line, ruledBoxes)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(line);
            previous = line;
        }
        runs.add(run);
        return runs;
    }
}

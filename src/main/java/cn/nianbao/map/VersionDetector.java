package cn.nianbao.map;

import cn.nianbao.document.Block;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormTable;
import cn.nianbao.form.FormVersion;
import cn.nianbao.form.LabelText;
import java.util.HashMap;
import java.util.HashSet;

import java.util.Map;
import java.util.Set;

/**
 * Tells the form version from the labels only one layout has (本年制发件数 is 2021's 二; a 三（六）其他处理
 * row with values of its own is 2019's 三), table by table; the version is the one whose layouts agree
 * with most tables. The report's year settles what the document leaves open.
 */
public final class VersionDetector {
    private final FormCatalog catalog;

    public VersionDetector(FormCatalog catalog) {
        this.catalog = catalog;
    }

    public VersionGuess detect(SourceDocument document, Integer year) {
        String text = allText(document);
        Set<String> leaves = rowLeaves(document);
        Map<String, String> layoutByTable = new HashMap<>();
        Map<String, Integer> bestHits = new HashMap<>();
        for (FormVersion version : catalog.versions()) {
            for (FormTable table : version.tables()) {
                int hits = (int) table.markers().stream().filter(text::contains).count()
                        + (int) table.leafMarkers().stream().filter(leaves::contains).count();
                int best = bestHits.getOrDefault(table.key(), 0);
                if (hits > best) {
                    bestHits.put(table.key(), hits);
                    layoutByTable.put(table.key(), table.layout());
                }
            }
        }
        FormVersion chosen = null;
        int chosenAgreement = -1;
        boolean chosenExact = false;
        for (FormVersion version : catalog.versions()) {
            int agreement = 0;
            boolean exact = true;
            for (FormTable table : version.tables()) {
                String found = layoutByTable.get(table.key());
                if (found != null) {
                    agreement += found.equals(table.layout()) ? 1 : 0;
                    exact &= found.equals(table.layout());
                }
            }
            if (agreement > chosenAgreement || agreement == chosenAgreement && prefer(version, chosen, year)) {
                chosen = version;
                chosenAgreement = agreement;
                chosenExact = exact;
            }
        }
        return new VersionGuess(chosen, !chosenExact, !layoutByTable.isEmpty());
    }

    /** Between versions the document fits equally: the one meant for the year, and a pure one over a mix. */
    private static boolean prefer(FormVersion candidate, FormVersion current, Integer year) {
        if (current == null) {
            return true;
        }
        if (year != null && candidate.meantFor(year) != current.meantFor(year)) {
            return candidate.meantFor(year);
        }
        return current.mixed() && !candidate.mixed();
    }

    private static String allText(SourceDocument document) {
        StringBuilder out = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                out.append(LabelText.normalize(p.text())).append('|');
            } else if (block instanceof Table t) {
                for (TableRow row : t.rows()) {
                    for (TableCell cell : row.cells()) {
                        out.append(LabelText.normalize(cell.text())).append('|');
                    }
                }
            }
        }
        return out.toString();
    }

    private static Set<String> rowLeaves(SourceDocument document) {
        Set<String> leaves = new HashSet<>();
        for (Block block : document.blocks()) {
            if (block instanceof Table t) {
                for (TableRow row : t.rows()) {
                    SourceRow source = SourceRow.of(row, null, t.origin());
                    // Capacity, not the cells: a row whose values ran together ("0000000") still has them.
                    if (source.capacity() >= 2) {
                        leaves.add(LabelText.core(source.leafLabel()));
                    }
                }
            }
        }
        return leaves;
    }

}

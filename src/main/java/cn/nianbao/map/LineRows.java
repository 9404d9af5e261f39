package cn.nianbao.map;

import cn.nianbao.document.Origin;
import cn.nianbao.document.TableCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds table rows from lines of text inside a table's section, for tables pasted as text: "规章 0 0 0"
 * on one line, or a label and then its values one per line, or a label wrapped over two lines before its
 * values (pdftotext -layout, web pages copied). Labels gather until values come; values gather, one per
 * line, until the next label; a line of several values after them is a row of its own.
 */
final class LineRows {
    private final List<SourceRow> out;
    private final List<String> labels = new ArrayList<>();
    private final List<TableCell> values = new ArrayList<>();
    private String section;
    private Origin origin;

    LineRows(List<SourceRow> out) {
        this.out = out;
    }

    void add(String text, String currentSection, Origin lineOrigin) {
        Optional<SourceRow> line = SourceRow.ofLine(text, currentSection, lineOrigin);
        boolean labelled = line.map(SourceRow::hasLabel).orElse(!text.isBlank());
        // One value per line continues the row (cells one per line); a line of several values after a row
        // that has values already is a row of its own (table 四's 15 values under 三's last row).
        boolean rowOfValues = line.map(r -> r.values().size() > 1).orElse(false);
        if ((labelled || rowOfValues) && !values.isEmpty()) {
            flush();
        }
        if (labels.isEmpty() && values.isEmpty()) {
            section = currentSection;
            origin = lineOrigin;
        }
        if (line.isPresent()) {
            labels.addAll(line.get().labels());
            values.addAll(line.get().values());
        } else if (!text.isBlank()) {
            labels.add(text.strip());
        }
    }

    /** Ends the row being built; it counts only if values came. */
    void flush() {
        if (!values.isEmpty()) {
            String leaf = labels.isEmpty() ? "" : labels.get(labels.size() - 1);
            out.add(new SourceRow(List.copyOf(labels), List.copyOf(values), leaf, String.join(" ", labels), section,
                    origin));
        }
        labels.clear();
        values.clear();
    }
}

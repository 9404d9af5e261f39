package cn.nianbao.web;

import java.util.List;

/**
 * A finding as the page lists it.
 *
 * @param index its position in the report's findings (the suggestion's address)
 * @param cells the cells with their Chinese labels
 * @param suggestion the proposed values in words, null when there is none
 * @param inferred how many of its cells hold a value the identities forced, to be confirmed
 */
public record FindingView(int index, String rule, String ruleName, String severity, String severityLabel,
                          List<CellRef> cells, String message, String quote, String suggestion, int inferred) {

    /** Past this many cells the list names the first few and counts the rest. */
    private static final int SHOWN = 6;

    public List<CellRef> shownCells() {
        return cells.size() <= SHOWN ? cells : cells.subList(0, SHOWN);
    }

    public int hiddenCells() {
        return cells.size() - shownCells().size();
    }

    /** A cell named on the page: its key and its label. */
    public record CellRef(String key, String label) {
    }
}

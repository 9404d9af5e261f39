package cn.nianbao.web;

import java.util.List;

/**
 * The selected cell beside the tables: what it holds, its findings, what the reviewer can do with it.
 *
 * @param origin where in the source the value was read, in words
 * @param evidenceImage the URL of the page-region image, null when the evidence is not an image
 * @param evidenceRow the source's table row (cell texts), null when not a table row
 * @param evidenceLines numbered lines of text around the cell's line, null when not text
 * @param suggestions findings touching the cell that offer a repair (one click to accept)
 * @param confirmable an inferred value the reviewer can accept as it is
 */
public record CellPanel(String key, String label, String text, String state, String stateLabel, String raw,
                        String confidence, String origin, String evidenceCaption, String evidenceImage,
                        List<EvidenceText> evidenceRow, List<EvidenceText> evidenceLines,
                        List<FindingView> findings, List<FindingView> suggestions, boolean confirmable) {

    /** A piece of source text in the evidence; {@code mark} is the cell's own. */
    public record EvidenceText(String label, String text, boolean mark) {
    }
}

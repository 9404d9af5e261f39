package cn.nianbao.web;

import java.util.List;

/** A paragraph of the narrative, cut where a finding quotes it so that the quote can be marked. */
public record ParagraphView(List<Segment> segments) {

    /** A piece of text; {@code findings} are the indexes of the findings quoting it (empty: plain text). */
    public record Segment(String text, List<Integer> findings) {
        public boolean quoted() {
            return !findings.isEmpty();
        }
    }
}

package cn.nianbao.web;

import cn.nianbao.check.CheckBasis;
import java.util.ArrayList;
import java.util.List;

/** The narrative's paragraphs with the sentences findings quote marked, so each finding sits by its sentence. */
final class Narrative {
    private Narrative() {
    }

    static List<ParagraphView> of(CheckBasis basis, List<FindingView> findings) {
        if (basis == null) {
            return List.of();
        }
        List<FindingView> quoting = findings.stream().filter(f -> f.quote() != null && !f.quote().isBlank()).toList();
        List<ParagraphView> paragraphs = new ArrayList<>();
        for (String text : basis.paragraphs()) {
            paragraphs.add(new ParagraphView(segments(text, quoting)));
        }
        return paragraphs;
    }

    /** Cuts a paragraph at the first place each quote occurs in it (quotes do not overlap: they are sentences). */
    private static List<ParagraphView.Segment> segments(String text, List<FindingView> quoting) {
        List<ParagraphView.Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int next = text.length();
            String quote = null;
            for (FindingView finding : quoting) {
                int found = text.indexOf(finding.quote(), at);
                if (found >= 0 && found < next) {
                    next = found;
                    quote = finding.quote();
                }
            }
            if (next > at) {
                segments.add(new ParagraphView.Segment(text.substring(at, next), List.of()));
            }
            if (quote == null) {
                break;
            }
            String quoted = quote;
            List<Integer> by = quoting.stream().filter(f -> f.quote().equals(quoted)).map(FindingView::index).toList();
            segments.add(new ParagraphView.Segment(quote, by));
            at = next + quote.length();
        }
        return segments;
    }
}

package cn.nianbao.review.evidence;

import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.review.evidence.LinesEvidence.Line;
import java.util.List;
import java.util.Optional;

/**
 * Finds the paragraph a value came from when a Word or HTML document wrote a table row as running text
 * ("规章 0 0 0" in a paragraph), with the paragraphs around it.
 */
final class ParagraphFinder {
    private static final int REACH = 2;

    private ParagraphFinder() {
    }

    /** @param paragraph the paragraph's index, from 0, as its origin gives it */
    static Optional<Evidence> find(SourceDocument document, int paragraph) {
        List<Paragraph> paragraphs = document.blocks().stream().filter(Paragraph.class::isInstance)
                .map(Paragraph.class::cast).filter(p -> p.origin() != null && p.origin().paragraph() != null)
                .toList();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).origin().paragraph() == paragraph) {
                List<Line> lines = paragraphs.stream().map(p -> new Line(p.origin().paragraph() + 1, p.text())).toList();
                return Optional.of(LinesEvidence.around(lines, i, REACH, "第 " + (paragraph + 1) + " 段"));
            }
        }
        return Optional.empty();
    }
}

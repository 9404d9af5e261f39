package cn.nianbao.review.evidence;

import cn.nianbao.extract.text.TextDecoder;
import cn.nianbao.review.evidence.LinesEvidence.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a text report around a value's line. The text is decoded as the text reader decodes it
 * (GB18030 and UTF-16 files included, byte-order mark dropped, CRLF and CR made LF), so line numbers match
 * the reader's: from 1, counted in the decoded text.
 */
final class LineFinder {
    private static final int REACH = 3;

    private LineFinder() {
    }

    /** @param lineNumber from 1 */
    static Optional<Evidence> find(byte[] content, int lineNumber) {
        if (!TextDecoder.looksLikeText(content)) {
            return Optional.empty();
        }
        String[] raw = TextDecoder.decode(content).split("\n", -1);
        if (lineNumber < 1 || lineNumber > raw.length) {
            return Optional.empty();
        }
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(i + 1, raw[i]));
        }
        return Optional.of(LinesEvidence.around(lines, lineNumber - 1, REACH, "第 " + lineNumber + " 行"));
    }
}

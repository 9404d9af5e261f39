package cn.nianbao.bench;

import java.util.Map;
import java.util.TreeMap;

/** Totals for one format while the benchmark runs; {@link #result} freezes them. */
final class FormatTally {
    int documents;
    int pages;
    double seconds;
    CellScore cells = new CellScore(0, 0, 0);
    final Map<Integer, Double> wallSeconds = new TreeMap<>();
    int tikaDocuments;
    double tikaSeconds;
    int tesseractPages;
    double tesseractSeconds;
    int numbersExpected;
    int tesseractNumbers;
    int nianbaoNumbers;

    FormatResult result(String format) {
        Map<Integer, Double> perSecond = new TreeMap<>();
        if (seconds > 0) {
            perSecond.put(1, documents / seconds);
        }
        wallSeconds.forEach((threads, wall) -> perSecond.put(threads, wall > 0 ? documents / wall : 0));
        boolean tesseract = tesseractPages > 0;
        return new FormatResult(format, documents, pages, perSecond, pages == 0 ? 0 : seconds / pages,
                cells.compared(), cells.right(), cells.wrongFlagged(),
                tikaDocuments == 0 ? null : tikaSeconds / tikaDocuments,
                tesseract ? tesseractPages : null, tesseract ? tesseractSeconds / tesseractPages : null,
                tesseract ? numbersExpected : null, tesseract ? nianbaoNumbers : null,
                tesseract ? tesseractNumbers : null);
    }
}

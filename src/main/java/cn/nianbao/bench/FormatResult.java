package cn.nianbao.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * What the benchmark measured for one format. Speeds are warm-JVM: {@code reportsPerSecond} maps a thread
 * count to documents per second of wall time with that many threads; {@code secondsPerPage} is the one
 * thread time. A wrong cell is a cell whose state or value differs from the truth; {@code wrongFlagged}
 * counts those that carry a finding (a wrong cell with none is the worst error). Tika and tesseract are
 * null where they were not run on this format; tesseract runs on a sample of the documents, and the
 * Nianbao numbers count is over the same sample.
 */
public record FormatResult(String format, int documents, int pages, Map<Integer, Double> reportsPerSecond,
                    double secondsPerPage, int cells, int cellsRight, int cellsWrongFlagged,
                    Double tikaSecondsPerDocument, Integer tesseractPages, Double tesseractSecondsPerPage,
                    Integer tableNumbers, Integer tableNumbersNianbao, Integer tableNumbersTesseract) {

    @JsonProperty
    int cellsWrong() {
        return cells - cellsRight;
    }

    /** Right cells over compared cells; 1 for a format with no cells compared. */
    @JsonProperty
    double cellAccuracy() {
        return cells == 0 ? 1 : (double) cellsRight / cells;
    }

    /** Of the wrong cells, the share that carries a finding; 1 when no cell is wrong. */
    @JsonProperty
    double flaggedWhenWrong() {
        return cellsWrong() == 0 ? 1 : (double) cellsWrongFlagged / cellsWrong();
    }
}

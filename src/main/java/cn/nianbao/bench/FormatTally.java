package cn.nianbao.bench;

/** Totals for one format: what Nianbao did, and what the tesseract command line did on the same pages. */
final class FormatTally {
    int documents;
    int pages;
    double seconds;
    CellScore cells = new CellScore(0, 0, 0);
    int tesseractPages;
    double tesseractSeconds;
    int numbersExpected;
    int tesseractNumbers;
    int nianbaoNumbers;

    String row(String format) {
        int wrong = cells.compared() - cells.right();
        String tesseract = tesseractPages == 0 ? "– | –" : String.format("%.2f | %s",
                tesseractSeconds / tesseractPages, percent(tesseractNumbers, numbersExpected));
        return String.format("| %s | %d | %d | %.3f | %s | %d | %s | %s | %s |", format, documents, pages,
                pages == 0 ? 0 : seconds / pages, percent(cells.right(), cells.compared()), wrong,
                wrong == 0 ? "–" : percent(cells.wrongFlagged(), wrong), percent(nianbaoNumbers, numbersExpected),
                tesseract);
    }

    static String header() {
        return "| format | documents | pages | s/page | cells right | cells wrong | wrong and flagged "
                + "| table numbers (Nianbao) | tesseract s/page | table numbers (tesseract) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "–" : String.format("%.1f%% (%d/%d)", 100.0 * part / whole, part, whole);
    }
}

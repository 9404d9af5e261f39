package cn.nianbao.extract.ocr;

import cn.nianbao.extract.ocr.GridDetector.GridCell;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one table cell. Short single-line cells are tried as numbers first (eng, digit whitelist, one
 * line: 77/77 on the measured page where full-page chi_sim got 46); when that reading is unsure, chi_sim
 * reads the cell too and wins only with Chinese words it is surer of (a header such as 企业, a 无).
 * Everything else is a label, read by chi_sim.
 */
final class CellOcr {
    /** Value cells hold one short line: at most this many times wider than tall (12345 is about 3). */
    private static final double MAX_NUMBER_ASPECT = 5;
    /** …and no taller than one line of text of this height (in inches, 18 pt). */
    private static final double MAX_NUMBER_HEIGHT_INCHES = 0.25;
    /** Chinese text replaces an unsure number only when this much surer: a number column's "0" must not become "口". */
    private static final double TEXT_MARGIN = 0.1;
    private static final int SINGLE_LINE = 7;
    private static final Pattern PLACEHOLDERS = Pattern.compile("[无空]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+([.][0-9]+)?");

    private final OcrSettings settings;
    private final int dpi;

    CellOcr(OcrSettings settings, int dpi) {
        this.settings = settings;
        this.dpi = dpi;
    }

    CellText read(OcrEngines engines, GreyImage page, InkLevels levels, GridCell cell, int ruleThickness) {
        int inset = ruleThickness / 2 + Math.max(2, dpi / 100);
        int minInk = Math.max(8, dpi * dpi / 2500);
        CellInk ink = CellInk.of(page, cell.box(), inset, levels.inkThreshold(), minInk);
        if (ink.blank()) {
            return new CellText("", 1.0, List.of());
        }
        Rectangle box = ink.box();
        boolean numberLike = box.width <= MAX_NUMBER_ASPECT * box.height
                && box.height <= MAX_NUMBER_HEIGHT_INCHES * dpi;
        if (!numberLike) {
            // A block of lines: Tesseract finds the lines itself, so a generous margin does no harm.
            GreyImage block = piece(page, levels, ink, dpi / 20);
            TessHandle.Reading label = engines.text().read(block, settings.labelPsm(), false);
            return new CellText(OcrText.cell(label.text()), label.confidence(), List.of());
        }
        // One line: Tesseract scales the whole image to its line height, so the margin must stay small
        // (at 30 pixels the digits shrank until 52 read as nothing).
        GreyImage piece = piece(page, levels, ink, dpi / 30);
        TessHandle.Reading number = engines.numbers().read(piece, settings.numberPsm(), true);
        if (number.confidence() >= settings.confidenceThreshold() && !number.text().isEmpty()) {
            return new CellText(number.text(), number.confidence(), number.alternatives());
        }
        TessHandle.Reading text = engines.text().read(piece, SINGLE_LINE, false);
        String chinese = OcrText.cell(text.text());
        if (looksLikeWords(chinese) && text.confidence() >= number.confidence() + TEXT_MARGIN) {
            return new CellText(chinese, text.confidence(), List.of());
        }
        if (number.text().isEmpty() && DIGITS.matcher(chinese).matches()) {
            // The digit engine saw nothing where there is ink; keep the other reading, but as unsure as that.
            return new CellText(chinese, number.confidence(), List.of());
        }
        List<String> alternatives = new ArrayList<>(number.alternatives());
        if (!chinese.isEmpty() && !chinese.equals(number.text()) && !alternatives.contains(chinese)) {
            alternatives.add(chinese);
        }
        return new CellText(number.text(), number.confidence(), alternatives);
    }

    /**
     * Chinese that may stand in a value column: a header (企业, 总计: two characters or more) or a placeholder.
     * A lone character is more likely a digit misread (0 as 口), and a digit read as a label would shift
     * every value after it in the row.
     */
    private static boolean looksLikeWords(String text) {
        long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        return han >= 2 || PLACEHOLDERS.matcher(text).matches();
    }

    /**
     * The cell's ink alone, in black and white, on a margin of white paper: no remains of the rules, and no
     * grain or JPEG noise. On the scan fixtures this took the cells read right from 262 at best (grey crops,
     * margins of 5 to 20 pixels) to 278 of 278: Tesseract's own binarisation of grey crops let digits vanish
     * and garbled labels.
     */
    private static GreyImage piece(GreyImage page, InkLevels levels, CellInk ink, int margin) {
        return page.cut(ink.padded(2), margin, levels.paper()).binarized(levels.inkThreshold());
    }

    /**
     * @param confidence 0..1; 1 for a blank cell (no ink at all)
     * @param alternatives other readings, likeliest first
     */
    record CellText(String text, double confidence, List<String> alternatives) {
    }
}

package cn.nianbao.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import cn.nianbao.document.Block;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.extract.ReadException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads {@link SyntheticTable}'s digits cell by cell; needs Tesseract (scripts/setup.sh installs it). */
class TesseractRecognizerTest {
    private static OcrSettings settings;
    private static TesseractRecognizer recognizer;

    @BeforeAll
    static void startEngines() {
        settings = OcrSettings.load();
        recognizer = TesseractRequired.recognizer(settings);
    }

    @AfterAll
    static void stopEngines() {
        recognizer.close();
    }

    @Test
    void readsEveryValueCellWithItsDigitsAndASureConfidence() throws ReadException {
        Map<String, TableCell> cells = cells(recognizer.recognize(SyntheticTable.page(), 3, SyntheticTable.DPI));

        SyntheticTable.DIGITS.forEach((position, digits) -> {
            assertThat(cells.get(position).text()).as(position).isEqualTo(digits);
            assertThat(cells.get(position).confidence()).as(position).isGreaterThanOrEqualTo(settings.confidenceThreshold());
        });
        assertThat(cells.get("3,2").text()).as("the blank cell").isEmpty();
    }

    @Test
    void readsTheDigitsOfAScanOfItToo() throws ReadException {
        BufferedImage scan = ScanDegrader.degrade(SyntheticTable.page(), ScanDegrader.Settings.officeScan(-0.7));
        Map<String, TableCell> cells = cells(recognizer.recognize(scan, 1, SyntheticTable.DPI));

        SyntheticTable.DIGITS.forEach((position, digits) -> assertThat(cells.get(position).text()).as(position)
                .isEqualTo(digits));
    }

    @Test
    void aPageAt150DpiIsReadWithItsBoxesStillInPoints() throws ReadException {
        BufferedImage full = SyntheticTable.page();
        BufferedImage half = new BufferedImage(full.getWidth() / 2, full.getHeight() / 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = half.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(full, 0, 0, half.getWidth(), half.getHeight(), null);
        g.dispose();

        Map<String, TableCell> cells = cells(recognizer.recognize(half, 1, SyntheticTable.DPI / 2f));

        SyntheticTable.DIGITS.forEach((position, digits) -> assertThat(cells.get(position).text()).as(position)
                .isEqualTo(digits));
        assertThat(cells.get("0,1").origin().bbox()[0]).isCloseTo(132, offset(1.0));
    }

    @Test
    void cellsKeepTheirSpansAndTheirBoxInPointsOnTheirPage() throws ReadException {
        List<Block> blocks = recognizer.recognize(SyntheticTable.page(), 3, SyntheticTable.DPI);
        Map<String, TableCell> cells = cells(blocks);

        TableCell header = cells.get("0,1");
        assertThat(header.colSpan()).isEqualTo(3);
        assertThat(cells.get("0,0").rowSpan()).isEqualTo(2);
        // 550 px at 300 dpi = 132 pt from the left, 200 px = 48 pt from the top.
        assertThat(header.origin().page()).isEqualTo(3);
        assertThat(header.origin().bbox()[0]).isCloseTo(132, offset(1.0));
        assertThat(header.origin().bbox()[1]).isCloseTo(48, offset(1.0));
        assertThat(((Table) blocks.get(0)).rows()).hasSize(4);
    }

    @Test
    void aMissingModelIsReportedInPlainWords() throws Exception {
        Path empty = Files.createTempDirectory("no-tessdata");
        OcrSettings nowhere = new OcrSettings(empty, "chi_sim", "eng", 300, 0.75, 7, 6, 4, "0123456789", 1_000_000);
        try (TesseractRecognizer without = new TesseractRecognizer(nowhere)) {
            assertThatThrownBy(() -> without.recognize(SyntheticTable.page(), 1, 300))
                    .isInstanceOf(OcrUnavailableException.class)
                    .hasMessageContaining("缺少文字识别模型").hasMessageContaining("scripts/setup.sh");
        } finally {
            Files.delete(empty);
        }
    }

    /** Cells of the first table by "row,column". */
    private static Map<String, TableCell> cells(List<Block> blocks) {
        Table table = blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
        Map<String, TableCell> out = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            for (TableCell cell : table.rows().get(r).cells()) {
                out.put(r + "," + cell.column(), cell);
            }
        }
        return out;
    }
}

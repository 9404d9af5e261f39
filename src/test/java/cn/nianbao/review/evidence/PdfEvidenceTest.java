package cn.nianbao.review.evidence;

import static cn.nianbao.review.evidence.EvidenceFiles.FINDER;
import static cn.nianbao.review.evidence.EvidenceFiles.assertMarkedPicture;
import static cn.nianbao.review.evidence.EvidenceFiles.cell;
import static cn.nianbao.review.evidence.EvidenceFiles.fixture;
import static cn.nianbao.review.evidence.EvidenceFiles.image;
import static cn.nianbao.review.evidence.EvidenceFiles.ink;
import static cn.nianbao.review.evidence.EvidenceFiles.inner;
import static cn.nianbao.review.evidence.EvidenceFiles.ocrCell;
import static cn.nianbao.review.evidence.EvidenceFiles.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.nianbao.document.Origin;
import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.result.Cell;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.store.StoredFile;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pictures of PDF pages, for cells read from the text layer and from a scanned page. */
class PdfEvidenceTest {
    private static final String PDF = "application/pdf";
    /** Picture pixels per PDF point at the evidence resolution. */
    private static final double SCALE = PageImage.EVIDENCE_DPI / PageImage.POINTS_PER_INCH;

    private static final StoredFile SEED_004 = fixture("seeds/004.pdf", PDF);
    private static final StoredFile SEED_001 = fixture("seeds/001.pdf", PDF);
    private static ExtractionResult result004;
    private static ExtractionResult result001;

    @BeforeAll
    static void extract() {
        ExtractionPipeline pipeline = ExtractionPipeline.standard();
        result004 = pipeline.extract(SEED_004.content(), SEED_004.fileName());
        result001 = pipeline.extract(SEED_001.content(), SEED_001.fileName());
    }

    @Test
    void aCellOfATextPdfIsShownInItsBandWithARedBoxOnIt() {
        Cell total = cellOf(result004, "requests.new_received.total");

        ImageEvidence evidence = image(FINDER.find(SEED_004, total));
        sample("004-pdf-new_received-total", evidence);

        BufferedImage picture = assertMarkedPicture(evidence);
        assertThat(evidence.page()).isEqualTo(3);
        assertThat(evidence.caption()).isEqualTo("第 3 页");
        // The band is the page's full width (A4: 595 pt) at the evidence resolution, a few rows high.
        assertThat(evidence.width()).isCloseTo((int) Math.round(595.3 * SCALE), within(2));
        assertThat(evidence.height()).isBetween(150, 400);
        double[] box = total.getOrigin().bbox();
        assertThat(evidence.mark().x() + evidence.mark().width() / 2.0)
                .isCloseTo((box[0] + box[2] / 2) * SCALE, within(2.0));
        // The cell's width, 3 pixels of margin and the line's width on either side.
        assertThat(evidence.mark().width()).isCloseTo((int) Math.round(box[2] * SCALE) + 10, within(3));
        // The digit inside the box, the row label at the left of the same row.
        assertThat(ink(picture, inner(evidence.mark()))).isPositive();
        Rectangle label = new Rectangle((int) (60 * SCALE), evidence.mark().y(), (int) (200 * SCALE),
                evidence.mark().height());
        assertThat(ink(picture, label)).isPositive();
    }

    @Test
    void differentRowsGiveDifferentBands() {
        ImageEvidence received = image(FINDER.find(SEED_004, cellOf(result004, "requests.new_received.total")));
        ImageEvidence stateSecret = image(FINDER.find(SEED_004, cellOf(result004, "requests.denied_state_secret.total")));
        sample("004-pdf-denied_state_secret-total", stateSecret);

        assertThat(stateSecret.png()).isNotEqualTo(received.png());
        assertMarkedPicture(stateSecret);
    }

    @Test
    void seed001sTwoNewRequestsAreInTheBox() {
        Cell total = cellOf(result001, "requests.new_received.total");
        assertThat(total.getRaw()).isEqualTo("2");

        ImageEvidence evidence = image(FINDER.find(SEED_001, total));
        sample("001-pdf-new_received-total", evidence);

        assertThat(ink(assertMarkedPicture(evidence), inner(evidence.mark()))).isPositive();
        ImageEvidence appeals = image(FINDER.find(SEED_001, cellOf(result001, "appeals.review.upheld")));
        sample("001-pdf-appeals-review-upheld", appeals);
        assertMarkedPicture(appeals);
    }

    @Test
    void aScannedPageOfAPdfHasItsBoxTurnedBackOntoTheTiltedScan() {
        // Page 3 of the mixed PDF is a scan; the OCR cell's box (as extraction gives it) is on the straightened page.
        StoredFile mixed = fixture("mixed/001-mixed.pdf", PDF);
        Cell total = ocrCell("requests.new_received.total", Origin.pageBox(3, 506.88, 101.52, 34.08, 15.12));

        ImageEvidence evidence = image(FINDER.find(mixed, total));
        sample("001-mixed-scanned-page-new_received-total", evidence);

        BufferedImage picture = assertMarkedPicture(evidence);
        assertThat(evidence.width()).isCloseTo((int) Math.round(595.3 * SCALE), within(3));
        assertThat(ink(picture, inner(evidence.mark()))).isPositive();
    }

    @Test
    void aWholePageCanBeShown() {
        ImageEvidence page = image(FINDER.page(SEED_004, 1));

        assertThat(page.mark()).isNull();
        assertThat(page.caption()).isEqualTo("第 1 页");
        assertThat(page.width()).isCloseTo((int) Math.round(595.3 * SCALE), within(2));
        assertThat(page.height()).isCloseTo((int) Math.round(841.9 * SCALE), within(2));
    }

    @Test
    void aPageTheDocumentDoesNotHaveGivesNoEvidence() {
        Cell beyond = cell("requests.new_received.total", Origin.pageBox(9, 500, 100, 30, 15));

        assertThat(FINDER.find(SEED_004, beyond)).isEmpty();
        assertThat(FINDER.page(SEED_004, 0)).isEmpty();
        assertThat(FINDER.page(SEED_004, 4)).isEmpty();
    }

    @Test
    void aBoxOffThePageOrMalformedGivesNoEvidence() {
        assertThat(FINDER.find(SEED_004, cell("k", Origin.pageBox(3, 5000, 5000, 30, 15)))).isEmpty();
        assertThat(FINDER.find(SEED_004, cell("k", Origin.pageBox(3, 100, 100, -30, 15)))).isEmpty();
        assertThat(FINDER.find(SEED_004, cell("k", new Origin(3, new double[] {1, 2}, null, null, null, null, null))))
                .isEmpty();
    }

    @Test
    void aBrokenFileGivesNoEvidence() {
        StoredFile broken = new StoredFile("x.pdf", PDF, new byte[] {'%', 'P', 'D', 'F', '-', '1'});

        assertThat(FINDER.find(broken, cell("k", Origin.pageBox(1, 100, 100, 30, 15)))).isEmpty();
        assertThat(FINDER.page(broken, 1)).isEmpty();
    }

    @Test
    void aHugePageIsShownWithinTheSizeLimit() throws IOException {
        StoredFile huge = new StoredFile("huge.pdf", PDF, hugePage());

        ImageEvidence evidence = image(FINDER.find(huge, cell("k", Origin.pageBox(1, 7000, 7000, 400, 100))));
        ImageEvidence page = image(FINDER.page(huge, 1));

        assertMarkedPicture(evidence);
        assertThat(page.width()).isLessThanOrEqualTo(PageImage.MAX_SIDE);
        assertThat(page.height()).isLessThanOrEqualTo(PageImage.MAX_SIDE);
    }

    /** One page of 14,400 pt square (PDF's largest), with a frame drawn where the cell is. */
    private static byte[] hugePage() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(14_400, 14_400));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(7000, 14_400 - 7100, 400, 100);
                content.stroke();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static Cell cellOf(ExtractionResult result, String key) {
        return result.cells().stream().filter(c -> c.getKey().equals(key)).findFirst().orElseThrow();
    }
}

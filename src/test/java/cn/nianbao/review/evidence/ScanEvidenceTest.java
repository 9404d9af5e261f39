package cn.nianbao.review.evidence;

import static cn.nianbao.review.evidence.EvidenceFiles.FINDER;
import static cn.nianbao.review.evidence.EvidenceFiles.assertMarkedPicture;
import static cn.nianbao.review.evidence.EvidenceFiles.fixture;
import static cn.nianbao.review.evidence.EvidenceFiles.image;
import static cn.nianbao.review.evidence.EvidenceFiles.ink;
import static cn.nianbao.review.evidence.EvidenceFiles.inner;
import static cn.nianbao.review.evidence.EvidenceFiles.ocrCell;
import static cn.nianbao.review.evidence.EvidenceFiles.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.nianbao.document.Origin;
import cn.nianbao.extract.TestFiles;
import cn.nianbao.review.evidence.ImageEvidence.Mark;
import cn.nianbao.store.StoredFile;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pictures of scanned images: the same band and box as for PDFs, on the image as scanned. */
class ScanEvidenceTest {
    private static final StoredFile SCAN = fixture("scans/001-p3.jpg", "image/jpeg");
    /** Images without a stated resolution are taken at 300 dpi (models/ocr.properties), as extraction took them. */
    private static final double PIXELS_PER_POINT = 300 / 72.0;
    /** A4 at 300 dpi, as the scan fixtures are. */
    private static final int PAGE_WIDTH = 2480;
    private static final int PAGE_HEIGHT = 3508;
    /** The black square of the synthetic scan before it was tilted, in pixels; the OCR box is there. */
    private static final Rectangle SQUARE = new Rectangle(2000, 700, 60, 40);
    private static final double TILT_DEGREES = 0.8;

    @Test
    void aCellOfAScanIsShownInItsBandWithTheBoxOnTheDigit() {
        // requests.new_received.total of seed 001 (2), as OCR gives its box: points on the straightened page.
        ImageEvidence evidence = image(FINDER.find(SCAN,
                ocrCell("requests.new_received.total", Origin.pageBox(1, 506.88, 101.52, 34.08, 15.12))));
        sample("001-p3-scan-new_received-total", evidence);

        BufferedImage picture = assertMarkedPicture(evidence);
        assertThat(evidence.caption()).isEqualTo("第 1 页");
        assertThat(evidence.width()).isCloseTo((int) Math.round(PAGE_WIDTH / PIXELS_PER_POINT * 130 / 72), within(2));
        assertThat(evidence.height()).isBetween(150, 400);
        assertThat(ink(picture, inner(evidence.mark()))).isPositive();
    }

    @Test
    void differentRowsOfAScanGiveDifferentBands() {
        ImageEvidence received = image(FINDER.find(SCAN,
                ocrCell("requests.new_received.total", Origin.pageBox(1, 506.88, 101.52, 34.08, 15.12))));
        ImageEvidence appeals = image(FINDER.find(SCAN,
                ocrCell("appeals.review.upheld", Origin.pageBox(1, 54.24, 558.72, 32.4, 12.24))));
        sample("001-p3-scan-appeals-review-upheld", appeals);

        assertThat(appeals.png()).isNotEqualTo(received.png());
        assertThat(ink(assertMarkedPicture(appeals), inner(appeals.mark()))).isPositive();
    }

    @Test
    void theBoxFollowsTheTiltTheRecognizerTookAway() throws IOException {
        StoredFile tilted = new StoredFile("tilted.png", "image/png", TestFiles.imageFile("png", tiltedPage()));

        ImageEvidence evidence = image(FINDER.find(tilted, ocrCell("k", squareOrigin(1))));
        sample("synthetic-tilted-scan", evidence);

        BufferedImage picture = assertMarkedPicture(evidence);
        Rectangle square = darkSquare(picture, evidence.mark());
        Mark mark = evidence.mark();
        assertThat(mark.x() + mark.width() / 2.0).isCloseTo(square.getCenterX(), within(2.0));
        assertThat(mark.y() + mark.height() / 2.0).isCloseTo(square.getCenterY(), within(2.0));
    }

    @Test
    void aPageOfAMultiPageTiffIsShownAndAPageBeyondItIsNot() throws IOException {
        BufferedImage blank = new BufferedImage(PAGE_WIDTH, PAGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        StoredFile tiff = new StoredFile("scan.tif", "image/tiff", TestFiles.imageFile("tiff", blank, tiltedPage()));

        ImageEvidence second = image(FINDER.find(tiff, ocrCell("k", squareOrigin(2))));

        assertThat(second.caption()).isEqualTo("第 2 页");
        Rectangle square = darkSquare(assertMarkedPicture(second), second.mark());
        assertThat(second.mark().x() + second.mark().width() / 2.0).isCloseTo(square.getCenterX(), within(2.0));
        assertThat(FINDER.find(tiff, ocrCell("k", squareOrigin(3)))).isEmpty();
        assertThat(image(FINDER.page(tiff, 2)).mark()).isNull();
    }

    @Test
    void aHugeImageIsDecodedSmallerAndStillMarkedInPlace() throws IOException {
        // 60 megapixels, the image reader's limit: decoded with subsampling, the box still on the square.
        BufferedImage huge = new BufferedImage(6000, 10_000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = huge.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, huge.getWidth(), huge.getHeight());
        g.setColor(Color.BLACK);
        g.fill(SQUARE);
        g.dispose();
        StoredFile file = new StoredFile("huge.png", "image/png", TestFiles.imageFile("png", huge));

        ImageEvidence evidence = image(FINDER.find(file, ocrCell("k", squareOrigin(1))));
        ImageEvidence page = image(FINDER.page(file, 1));

        Rectangle square = darkSquare(assertMarkedPicture(evidence), evidence.mark());
        assertThat(evidence.mark().x() + evidence.mark().width() / 2.0).isCloseTo(square.getCenterX(), within(2.0));
        assertThat(page.width()).isLessThanOrEqualTo(PageImage.MAX_SIDE);
        assertThat(page.height()).isLessThanOrEqualTo(PageImage.MAX_SIDE);
    }

    @Test
    void bytesThatAreNoImageGiveNoEvidence() {
        StoredFile text = new StoredFile("x.png", "image/png", "不是图片".getBytes(StandardCharsets.UTF_8));

        assertThat(FINDER.find(text, ocrCell("k", squareOrigin(1)))).isEmpty();
        assertThat(FINDER.page(text, 1)).isEmpty();
    }

    private static Origin squareOrigin(int page) {
        return Origin.pageBox(page, SQUARE.x / PIXELS_PER_POINT, SQUARE.y / PIXELS_PER_POINT,
                SQUARE.width / PIXELS_PER_POINT, SQUARE.height / PIXELS_PER_POINT);
    }

    /**
     * A ruled table (so that the tilt can be measured, as on a real scan) with a black square in one cell,
     * turned clockwise by {@link #TILT_DEGREES} about the page's centre, as a scanner feeds a page askew.
     */
    private static BufferedImage tiltedPage() {
        BufferedImage page = new BufferedImage(PAGE_WIDTH, PAGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
        g.rotate(Math.toRadians(TILT_DEGREES), PAGE_WIDTH / 2.0, PAGE_HEIGHT / 2.0);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        for (int y = 600; y <= 2400; y += 80) {
            g.drawLine(200, y, 2280, y);
        }
        for (int x = 200; x <= 2280; x += 260) {
            g.drawLine(x, 600, x, 2400);
        }
        g.fill(SQUARE);
        g.dispose();
        return page;
    }

    /** The bounds of the dark pixels inside the mark: the square (the table's rules lie outside it). */
    private static Rectangle darkSquare(BufferedImage picture, Mark mark) {
        Rectangle inside = new Rectangle(mark.x() + 4, mark.y() + 4, mark.width() - 8, mark.height() - 8);
        Rectangle found = null;
        for (int y = inside.y; y < inside.getMaxY(); y++) {
            for (int x = inside.x; x < inside.getMaxX(); x++) {
                int rgb = picture.getRGB(x, y);
                if ((rgb & 0xff) < 100 && ((rgb >> 16) & 0xff) < 100) {
                    Rectangle pixel = new Rectangle(x, y, 1, 1);
                    found = found == null ? pixel : found.union(pixel);
                }
            }
        }
        assertThat(found).as("the square inside the mark").isNotNull();
        return found;
    }
}

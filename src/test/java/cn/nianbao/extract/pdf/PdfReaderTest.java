package cn.nianbao.extract.pdf;

import static cn.nianbao.extract.TestFiles.fixture;
import static cn.nianbao.extract.TestFiles.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ReadException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Which pages are read from their text and which go to OCR, and the files that cannot be read at all. */
class PdfReaderTest {
    private static final String TEXT = "This page has a text layer that reads as it should.";

    /** Records what it was asked to read and answers with one paragraph per page. */
    private static final class RecordingRecognizer implements PageRecognizer {
        final List<Integer> pages = new ArrayList<>();
        BufferedImage lastImage;
        float lastDpi;

        @Override
        public List<Block> recognize(BufferedImage page, int pageNumber, float dpi) {
            pages.add(pageNumber);
            lastImage = page;
            lastDpi = dpi;
            return List.of(new Paragraph("OCR of page " + pageNumber, Origin.pageBox(pageNumber, 0, 0, 595, 842)));
        }
    }

    @Test
    void aPdfWithATextLayerIsReadFromIt() throws ReadException {
        SourceDocument reading = new PdfReader(null).read(new TestPdf().page().text(50, 100, 10, TEXT)
                .bytes(), "text.pdf");

        assertThat(reading.method()).isEqualTo("pdf-text");
        assertThat(reading.pages()).isEqualTo(1);
        assertThat(reading.pageMethods()).containsExactly("pdf-text");
        assertThat(paragraphs(reading)).containsExactly(TEXT);
    }

    @Test
    void aScanGoesToTheRecognizerAsAGreyPageAt300Dpi() throws ReadException {
        RecordingRecognizer recognizer = new RecordingRecognizer();

        SourceDocument reading = new PdfReader(recognizer).read(new TestPdf().page().scan().bytes(), "scan.pdf");

        assertThat(reading.method()).isEqualTo("ocr");
        assertThat(paragraphs(reading)).containsExactly("OCR of page 1");
        assertThat(recognizer.lastDpi).isEqualTo(300f);
        assertThat(recognizer.lastImage.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        // A4 is 595 × 842 points: 2480 × 3508 pixels at 300 dpi.
        assertThat(recognizer.lastImage.getWidth()).isBetween(2479, 2481);
        assertThat(recognizer.lastImage.getHeight()).isBetween(3507, 3509);
    }

    @Test
    void aScanStoredBelow300DpiIsEnlargedSmoothlyNotPixelByPixel() throws ReadException {
        // Half black, half white at about 25 dpi: enlarged pixel by pixel, the page would hold only 0 and 255.
        assertThat(greysAcrossTheMiddle(halves(200, 282))).contains(0, 255).hasSizeGreaterThan(5);
        // At 300 dpi (A4 is 2480 × 3508 pixels) nothing is enlarged, and the scan's pixels stay as they are.
        assertThat(greysAcrossTheMiddle(halves(2480, 3508))).containsExactly(0, 255);
    }

    private static BufferedImage halves(int width, int height) {
        BufferedImage halves = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = halves.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return halves;
    }

    private static Set<Integer> greysAcrossTheMiddle(BufferedImage scan) throws ReadException {
        RecordingRecognizer recognizer = new RecordingRecognizer();
        new PdfReader(recognizer).read(new TestPdf().page().scan(scan).bytes(), "scan.pdf");
        Raster page = recognizer.lastImage.getRaster();
        Set<Integer> greys = new TreeSet<>();
        for (int x = 0; x < page.getWidth(); x++) {
            greys.add(page.getSample(x, page.getHeight() / 2, 0));
        }
        return greys;
    }

    @Test
    void aScanWithoutARecognizerIsRefusedInPlainWords() {
        byte[] scan = new TestPdf().page().scan().page().scan().bytes();

        assertThatThrownBy(() -> new PdfReader(null).read(scan, "scan.pdf")).isInstanceOf(ReadException.class)
                .hasMessage("PDF 没有可用的文字层（可能是扫描件），未配置文字识别");
    }

    @Test
    void textPagesAndScannedPagesMixInPageOrder() throws ReadException {
        RecordingRecognizer recognizer = new RecordingRecognizer();
        byte[] pdf = new TestPdf().page().text(50, 100, 10, TEXT).page().scan().page().text(50, 100, 10, TEXT)
                .bytes();

        SourceDocument reading = new PdfReader(recognizer).read(pdf, "mixed.pdf");

        assertThat(reading.method()).isEqualTo("mixed");
        assertThat(reading.pageMethods()).containsExactly("pdf-text", "ocr", "pdf-text");
        assertThat(recognizer.pages).containsExactly(2);
        assertThat(paragraphs(reading)).containsExactly(TEXT, "OCR of page 2", TEXT);
    }

    @Test
    void withoutARecognizerScannedPagesOfAMixedPdfAreLeftUnread() throws ReadException {
        byte[] pdf = new TestPdf().page().text(50, 100, 10, TEXT).page().scan().bytes();

        SourceDocument reading = new PdfReader(null).read(pdf, "mixed.pdf");

        assertThat(reading.method()).isEqualTo("pdf-text");
        assertThat(reading.pageMethods()).containsExactly("pdf-text", "none");
        assertThat(paragraphs(reading)).containsExactly(TEXT);
    }

    @Test
    void aPageOfGarbageTextGoesToTheRecognizer() throws ReadException {
        RecordingRecognizer recognizer = new RecordingRecognizer();
        byte[] pdf = new TestPdf().page().text(50, 100, 10, TEXT)
                .page().text(50, 100, 10, "!\"#$%&'()*+,-./:;<=>?@[]^_{|}~!\"#$%&'()*+,-./").bytes();

        SourceDocument reading = new PdfReader(recognizer).read(pdf, "broken-font.pdf");

        assertThat(reading.pageMethods()).containsExactly("pdf-text", "ocr");
    }

    @Test
    void latinTextInADocumentTitledInChineseIsABrokenFontMap() throws ReadException {
        RecordingRecognizer recognizer = new RecordingRecognizer();
        byte[] pdf = new TestPdf().title("某某街道办事处2021年政府信息公开工作年度报告").page()
                .text(50, 100, 10, "Sgxhwu Qkfmzvr Jfplt Xvbqr").bytes();

        assertThat(new PdfReader(recognizer).read(pdf, "report.pdf").pageMethods()).containsExactly("ocr");
    }

    @Test
    void aPasswordToOpenIsAskedForInPlainWords() {
        byte[] locked = new TestPdf().page().text(50, 100, 10, TEXT).encrypted("owner", "user");

        assertThatThrownBy(() -> new PdfReader(null).read(locked, "locked.pdf")).isInstanceOf(ReadException.class)
                .hasMessage("PDF 已加密，需要密码才能打开");
    }

    @Test
    void aPdfRestrictedOnlyByItsOwnersPasswordIsRead() throws ReadException {
        byte[] restricted = new TestPdf().page().text(50, 100, 10, TEXT).encrypted("owner", "");

        assertThat(paragraphs(new PdfReader(null).read(restricted, "restricted.pdf"))).containsExactly(TEXT);
    }

    @Test
    void morePagesThanTheLimitAreRefused() {
        byte[] threePages = new TestPdf().page().text(50, 100, 10, TEXT).page().page().bytes();

        assertThatThrownBy(() -> new PdfReader(null, 2).read(threePages, "long.pdf"))
                .isInstanceOf(ReadException.class).hasMessage("PDF 共 3 页，超过上限 2 页");
    }

    @Test
    void brokenFilesAreReportedAsBrokenNeverAsExceptions() {
        byte[] report = fixture("seeds/002.pdf");
        PdfReader reader = new PdfReader(null);

        assertThatThrownBy(() -> reader.read(fixture("bad/random.pdf"), "random.pdf"))
                .isInstanceOf(ReadException.class).hasMessage("PDF 文件已损坏或不完整，无法打开");
        assertThatThrownBy(() -> reader.read("%PDF-1.7\n%%EOF".getBytes(), "stub.pdf"))
                .isInstanceOf(ReadException.class).hasMessage("PDF 文件已损坏或不完整，无法打开");
        assertThatThrownBy(() -> reader.read(new byte[0], "empty.pdf"))
                .isInstanceOf(ReadException.class).hasMessage("文件为空（0 字节）");
        // Cut at any point, a real report either reads (PDFBox repairs what it can) or is refused in words.
        for (int cut : new int[] {report.length / 10, report.length / 2, report.length - 100}) {
            try {
                reader.read(Arrays.copyOf(report, cut), "truncated.pdf");
            } catch (ReadException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }
}

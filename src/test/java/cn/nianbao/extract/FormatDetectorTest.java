package cn.nianbao.extract;

import static cn.nianbao.extract.TestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    /** Building the detector is the expensive part; like the application, the tests share one. */
    private static final FormatDetector DETECTOR = new FormatDetector();

    private static final byte[] DOCX = fixture("bad/no-tables.docx");
    private static final byte[] SEED_004 = fixture("seeds/004.txt");
    private static final byte[] GBK_TEXT = new String(SEED_004, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));

    @Test
    void bytesWinOverTheExtension() {
        assertThat(DETECTOR.detect(fixture("bad/pdf-named.docx"), "pdf-named.docx")).isEqualTo(MediaTypes.PDF);
        assertThat(DETECTOR.detect(DOCX, "report.pdf")).isEqualTo(MediaTypes.DOCX);
        assertThat(DETECTOR.detect(SEED_004, "report.docx")).isEqualTo(MediaTypes.TEXT);
    }

    @Test
    void wordFilesAreKnownWithoutAName() {
        assertThat(DETECTOR.detect(DOCX, null)).isEqualTo(MediaTypes.DOCX);
        assertThat(DETECTOR.detect(fixture("readers/merged.doc"), null)).isEqualTo(MediaTypes.DOC);
    }

    @Test
    void textIsTextAndTheNameOnlyRefinesIt() {
        assertThat(DETECTOR.detect(SEED_004, "004.md")).isEqualTo(MediaTypes.MARKDOWN);
        assertThat(DETECTOR.detect(SEED_004, "004.txt")).isEqualTo(MediaTypes.TEXT);
        assertThat(DETECTOR.detect(SEED_004, null)).isEqualTo(MediaTypes.TEXT);
    }

    @Test
    void gbkTextIsTextEvenUnderAWordName() {
        assertThat(DETECTOR.detect(GBK_TEXT, null)).isEqualTo(MediaTypes.TEXT);
        assertThat(DETECTOR.detect(GBK_TEXT, "report.docx")).isEqualTo(MediaTypes.TEXT);
    }

    @Test
    void gbkWebPageIsHtml() {
        byte[] page = "<html><head><meta charset=\"gbk\"></head><body><p>年度报告</p></body></html>"
                .getBytes(Charset.forName("GBK"));

        assertThat(DETECTOR.detect(page, "report.htm")).isEqualTo(MediaTypes.HTML);
        // Sites publish Word's "save as web page" output under a .doc name.
        assertThat(DETECTOR.detect(page, "report.doc")).isEqualTo(MediaTypes.HTML);
        assertThat(DETECTOR.detect(page, null)).isEqualTo(MediaTypes.HTML);
    }

    @Test
    void unreadableBytesFallBackToTheNameSoTheReaderCanExplain() {
        assertThat(DETECTOR.detect(new byte[0], null)).isEqualTo(MediaTypes.UNKNOWN);
        assertThat(DETECTOR.detect(fixture("bad/empty.docx"), "empty.docx")).isEqualTo(MediaTypes.DOCX);
        assertThat(DETECTOR.detect(fixture("bad/random.docx"), null)).isEqualTo(MediaTypes.UNKNOWN);
        assertThat(DETECTOR.detect(fixture("bad/random.docx"), "random.docx")).isEqualTo(MediaTypes.DOCX);
        assertThat(DETECTOR.detect(fixture("bad/random.pdf"), "random.pdf")).isEqualTo(MediaTypes.PDF);
        assertThat(DETECTOR.detect(fixture("bad/truncated.docx"), "truncated.docx")).isEqualTo(MediaTypes.DOCX);
    }
}

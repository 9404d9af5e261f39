package cn.nianbao.extract;

import static cn.nianbao.extract.TestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.doc.DocReader;
import cn.nianbao.extract.docx.DocxReader;
import cn.nianbao.extract.html.HtmlReader;
import cn.nianbao.extract.ocr.worker.IsolatedPdfReader;
import cn.nianbao.extract.text.TextReader;
import org.junit.jupiter.api.Test;

class ReaderRegistryTest {

    private static final FormatDetector DETECTOR = new FormatDetector();
    private final ReaderRegistry registry = ReaderRegistry.standard();

    @Test
    void eachMediaTypeFindsItsReader() {
        assertThat(registry.readerFor(MediaTypes.DOCX)).containsInstanceOf(DocxReader.class);
        assertThat(registry.readerFor(MediaTypes.DOC)).containsInstanceOf(DocReader.class);
        assertThat(registry.readerFor("TEXT/HTML; charset=GBK")).containsInstanceOf(HtmlReader.class);
        assertThat(registry.readerFor(MediaTypes.MARKDOWN)).containsInstanceOf(TextReader.class);
        assertThat(registry.readerFor(MediaTypes.TEXT)).containsInstanceOf(TextReader.class);
        assertThat(registry.readerFor(MediaTypes.PDF)).as("PDFs are parsed in a worker process by default")
                .containsInstanceOf(IsolatedPdfReader.class);
    }

    @Test
    void typesWithoutAReaderFindNone() {
        assertThat(registry.readerFor("image/gif")).isEmpty();
        assertThat(registry.readerFor(MediaTypes.UNKNOWN)).isEmpty();
        assertThat(registry.readerFor(null)).isEmpty();
    }

    @Test
    void detectThenReadGoesFromBytesToADocument() throws ReadException {
        assertThat(detectAndRead("seeds/004.txt", "004.md").method()).isEqualTo("text");
        assertThat(detectAndRead("bad/not-a-report.docx", "not-a-report.docx").method()).isEqualTo("docx");
        assertThat(detectAndRead("readers/merged.doc", "merged.doc").method()).isEqualTo("doc");
        assertThat(detectAndRead("seeds/002.pdf", "002.pdf").method()).isEqualTo("pdf-text");
        assertThatThrownBy(() -> detectAndRead("bad/empty.docx", "empty.docx"))
                .isInstanceOf(ReadException.class).hasMessage("文件为空（0 字节）");
    }

    private SourceDocument detectAndRead(String fixture, String name) throws ReadException {
        byte[] content = fixture(fixture);
        return registry.readerFor(DETECTOR.detect(content, name)).orElseThrow().read(content, name);
    }
}

package cn.nianbao.extract.ocr.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import cn.nianbao.extract.ocr.GreyImage;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Configure;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Failed;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.PageRequest;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.PdfRead;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.PdfRequest;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Ready;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Recognized;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Reply;
import cn.nianbao.extract.ocr.worker.WorkerProtocol.Request;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerProtocolTest {
    private static final OcrSettings SETTINGS = new OcrSettings(Path.of("/usr/share/tesseract-ocr/5/tessdata"),
            "chi_sim", "eng", 300, 0.75, 7, 6, 4, "0123456789-.", 60_000_000);

    @Test
    void thePageArrivesPixelForPixel() throws IOException {
        byte[] pixels = {0, 127, (byte) 255, 12, 34, 56};
        Request sent = new PageRequest(3, 299.5f, new GreyImage(pixels, 3, 2));

        PageRequest received = (PageRequest) WorkerProtocol.readRequest(stream(out -> WorkerProtocol.write(out, sent)),
                1_000);

        assertThat(received.pageNumber()).isEqualTo(3);
        assertThat(received.dpi()).isEqualTo(299.5f);
        assertThat(received.page().width()).isEqualTo(3);
        assertThat(received.page().height()).isEqualTo(2);
        assertThat(received.page().pixels()).containsExactly(pixels);
    }

    @Test
    void theSettingsArriveWhole() throws IOException {
        Request received = WorkerProtocol.readRequest(stream(out -> WorkerProtocol.write(out, new Configure(SETTINGS))),
                1_000);

        assertThat(received).isEqualTo(new Configure(SETTINGS));
    }

    @Test
    void theBlocksComeBackWithEveryField() throws IOException {
        TableCell read = new TableCell("14５", 2, 1, 1, Origin.pageBox(3, 132.0, 48.5, 60, 21.25), 0.42,
                List.of("145", "146"));
        TableCell merged = new TableCell("（一）予以公开\n全部", 0, 3, 2, null, null, List.of());
        Origin odd = new Origin(null, null, 1, 2, 3, 4, 5, Origin.VIA_LLM);
        List<Block> blocks = List.of(
                new Paragraph("二、主动公开政府信息情况", Origin.pageBox(3, 10, 20, 300, 18)),
                new Table(List.of(new TableRow(List.of(merged, read)), new TableRow(List.of())), odd),
                new Paragraph("", null));

        Reply reply = WorkerProtocol.readReply(stream(out -> WorkerProtocol.write(out, new Recognized(blocks))));

        assertThat(reply).isInstanceOf(Recognized.class);
        assertThat(((Recognized) reply).blocks()).usingRecursiveComparison().isEqualTo(blocks);
    }

    @Test
    void readyAndFailuresKeepTheirKindAndMessage() throws IOException {
        assertThat(WorkerProtocol.readReply(stream(out -> WorkerProtocol.write(out, new Ready())))).isEqualTo(new Ready());
        Failed unavailable = new Failed("缺少文字识别模型 chi_sim：请运行 scripts/setup.sh", true);
        assertThat(WorkerProtocol.readReply(stream(out -> WorkerProtocol.write(out, unavailable)))).isEqualTo(unavailable);
        Failed failed = new Failed("第 2 页文字识别出错", false);
        assertThat(WorkerProtocol.readReply(stream(out -> WorkerProtocol.write(out, failed)))).isEqualTo(failed);
    }

    @Test
    void aPdfArrivesByteForByteWithItsNameAndPageLimit() throws IOException {
        byte[] content = {'%', 'P', 'D', 'F', '-', 0, (byte) 0xff};
        Request sent = new PdfRequest("二〇二三年报告.pdf", 200, content);

        PdfRequest received = (PdfRequest) WorkerProtocol.readRequest(stream(out -> WorkerProtocol.write(out, sent)), 1);

        assertThat(received.fileName()).isEqualTo("二〇二三年报告.pdf");
        assertThat(received.maxPages()).isEqualTo(200);
        assertThat(received.content()).containsExactly(content);
    }

    @Test
    void aReadPdfComesBackWithItsMethodPagesBlocksAndPageMethods() throws IOException {
        SourceDocument document = new SourceDocument("mixed", 3, List.of(
                new Paragraph("一、总体情况", Origin.pageBox(1, 10, 20, 300, 18)),
                new Table(List.of(new TableRow(List.of(new TableCell("12", 1, 1, 1, null, 0.9, List.of())))),
                        Origin.pageBox(2, 1, 2, 3, 4))), List.of("pdf-text", "ocr", "none"));

        Reply reply = WorkerProtocol.readReply(stream(out -> WorkerProtocol.write(out, new PdfRead(document))));

        assertThat(((PdfRead) reply).document()).usingRecursiveComparison().isEqualTo(document);
    }

    @Test
    void aPdfRequestWithACorruptLengthIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkerProtocol.write(new DataOutputStream(bytes), new PdfRequest("a.pdf", 1, new byte[4]));
        byte[] frame = bytes.toByteArray();
        frame[9 + 4 + 5 + 4] = 0x7f; // the content's length, now far beyond the frame

        assertThatThrownBy(() -> WorkerProtocol.readRequest(
                new DataInputStream(new ByteArrayInputStream(frame)), 1)).isInstanceOf(IOException.class)
                .hasMessageContaining("corrupt PDF request");
    }

    @Test
    void strayBytesOnTheChildsStdoutAreNotTakenForAReply() {
        DataInputStream garbage = new DataInputStream(new ByteArrayInputStream("Warning: Invalid resolution 0 dpi\n"
                .getBytes(StandardCharsets.US_ASCII)));

        assertThatThrownBy(() -> WorkerProtocol.readReply(garbage)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a worker frame");
    }

    @Test
    void aPageLargerThanTheLimitIsRefusedBeforeItsPixelsAreRead() throws IOException {
        DataInputStream big = stream(out -> WorkerProtocol.write(out, new PageRequest(1, 300, new GreyImage(new byte[200], 20, 10))));

        assertThatThrownBy(() -> WorkerProtocol.readRequest(big, 199)).isInstanceOf(IOException.class)
                .hasMessageContaining("20×10");
    }

    @Test
    void aClosedStreamIsAnEndOfFile() {
        DataInputStream empty = new DataInputStream(new ByteArrayInputStream(new byte[0]));

        assertThatThrownBy(() -> WorkerProtocol.readRequest(empty, 1_000)).isInstanceOf(EOFException.class);
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private static DataInputStream stream(Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writing.to(new DataOutputStream(bytes));
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }
}

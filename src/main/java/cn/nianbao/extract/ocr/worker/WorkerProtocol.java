package cn.nianbao.extract.ocr.worker;

import cn.nianbao.document.Block;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.ocr.GreyImage;
import cn.nianbao.extract.ocr.OcrSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the service and an OCR worker process say over the child's stdin and stdout. Every message is a
 * frame: a magic number (so that stray bytes on stdout show as a broken child, not as a page), a type byte,
 * the payload's length, the payload. The parent sends {@link Configure} once, then {@link PageRequest}s;
 * the child answers the first with {@link Ready} or {@link Failed}, each page with {@link Recognized} or
 * {@link Failed}. A {@link PdfRequest} (a whole PDF, parsed in the child) is answered with {@link PdfRead}
 * or {@link Failed}.
 */
final class WorkerProtocol {
    static final int MAGIC = 0x4E424F31; // "NBO1"
    private static final byte CONFIGURE = 1;
    private static final byte PAGE = 2;
    private static final byte READY = 3;
    private static final byte RECOGNIZED = 4;
    private static final byte FAILED = 5;
    private static final byte UNAVAILABLE = 6;
    private static final byte PDF = 7;
    private static final byte PDF_READ = 8;
    /** Page number, dpi, width, height before the pixels. */
    private static final int PAGE_HEADER_BYTES = 16;
    /** Far above a page's blocks (a dense page is ~100 KB); more means the stream is corrupt. */
    private static final int MAX_REPLY_BYTES = 64 << 20;
    /** Above the largest upload (100 MB, application.yml). */
    private static final int MAX_PDF_BYTES = 128 << 20;

    sealed interface Request permits Configure, PageRequest, PdfRequest {
    }

    sealed interface Reply permits Ready, Recognized, PdfRead, Failed {
    }

    record Configure(OcrSettings settings) implements Request {
    }

    /** One page in 8-bit grey, as Tesseract takes it: a quarter of the bytes of RGB, and no colour to convert. */
    record PageRequest(int pageNumber, float dpi, GreyImage page) implements Request {
    }

    /** @param fileName for the worker's log and the test hooks only */
    record PdfRequest(String fileName, int maxPages, byte[] content) implements Request {
    }

    record PdfRead(SourceDocument document) implements Reply {
    }

    record Ready() implements Reply {
    }

    record Recognized(List<Block> blocks) implements Reply {
    }

    /** @param unavailable the engine or a model is not installed (the message says what to install) */
    record Failed(String message, boolean unavailable) implements Reply {
    }

    private WorkerProtocol() {
    }

    static void write(DataOutputStream out, Request request) throws IOException {
        if (request instanceof Configure c) {
            StringWriter text = new StringWriter();
            c.settings().toProperties().store(text, null);
            frame(out, CONFIGURE, text.toString().getBytes(StandardCharsets.UTF_8));
        } else if (request instanceof PdfRequest pdf) {
            byte[] name = pdf.fileName().getBytes(StandardCharsets.UTF_8);
            header(out, PDF, 12 + name.length + pdf.content().length);
            out.writeInt(name.length);
            out.write(name);
            out.writeInt(pdf.maxPages());
            out.writeInt(pdf.content().length);
            out.write(pdf.content());
        } else {
            PageRequest p = (PageRequest) request;
            GreyImage page = p.page();
            header(out, PAGE, PAGE_HEADER_BYTES + page.pixels().length);
            out.writeInt(p.pageNumber());
            out.writeFloat(p.dpi());
            out.writeInt(page.width());
            out.writeInt(page.height());
            out.write(page.pixels());
        }
        out.flush();
    }

    static void write(DataOutputStream out, Reply reply) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(payload);
        byte type = READY;
        if (reply instanceof Recognized r) {
            BlockCodec.write(data, r.blocks());
            type = RECOGNIZED;
        } else if (reply instanceof PdfRead r) {
            writeDocument(data, r.document());
            type = PDF_READ;
        } else if (reply instanceof Failed f) {
            BlockCodec.writeString(data, f.message());
            type = f.unavailable() ? UNAVAILABLE : FAILED;
        }
        data.flush();
        frame(out, type, payload.toByteArray());
        out.flush();
    }

    /**
     * The next request; an {@link java.io.EOFException} when the parent closed the stream (it is gone).
     *
     * @param maxPixels the largest page taken, against a corrupt length allocating the heap away
     */
    static Request readRequest(DataInputStream in, long maxPixels) throws IOException {
        byte type = readHeaderType(in);
        int length = in.readInt();
        if (type == CONFIGURE) {
            Properties p = new Properties();
            p.load(new StringReader(new String(payload(in, length, MAX_REPLY_BYTES), StandardCharsets.UTF_8)));
            return new Configure(OcrSettings.fromProperties(p));
        }
        if (type == PDF) {
            return readPdf(new DataInputStream(new ByteArrayInputStream(payload(in, length, MAX_PDF_BYTES))));
        }
        if (type != PAGE) {
            throw new IOException("unexpected request type " + type);
        }
        int pageNumber = in.readInt();
        float dpi = in.readFloat();
        int width = in.readInt();
        int height = in.readInt();
        long pixels = (long) width * height;
        if (width <= 0 || height <= 0 || pixels > maxPixels || length != PAGE_HEADER_BYTES + pixels) {
            throw new IOException("corrupt page request: " + width + "×" + height + " in " + length + " bytes");
        }
        byte[] grey = new byte[(int) pixels];
        in.readFully(grey);
        return new PageRequest(pageNumber, dpi, new GreyImage(grey, width, height));
    }

    static Reply readReply(DataInputStream in) throws IOException {
        byte type = readHeaderType(in);
        DataInputStream payload = new DataInputStream(new ByteArrayInputStream(payload(in, in.readInt(), MAX_REPLY_BYTES)));
        return switch (type) {
            case READY -> new Ready();
            case RECOGNIZED -> new Recognized(List.copyOf(BlockCodec.read(payload)));
            case PDF_READ -> new PdfRead(readDocument(payload));
            case FAILED -> new Failed(BlockCodec.readString(payload), false);
            case UNAVAILABLE -> new Failed(BlockCodec.readString(payload), true);
            default -> throw new IOException("unexpected reply type " + type);
        };
    }

    private static PdfRequest readPdf(DataInputStream payload) throws IOException {
        byte[] name = sized(payload);
        int maxPages = payload.readInt();
        byte[] content = sized(payload);
        return new PdfRequest(new String(name, StandardCharsets.UTF_8), maxPages, content);
    }

    /** A length, then that many bytes; the payload is in memory, so {@code available} is what is left. */
    private static byte[] sized(DataInputStream payload) throws IOException {
        int length = payload.readInt();
        if (length < 0 || length > payload.available()) {
            throw new IOException("corrupt PDF request: " + length + " bytes announced");
        }
        byte[] bytes = new byte[length];
        payload.readFully(bytes);
        return bytes;
    }

    private static void writeDocument(DataOutputStream out, SourceDocument document) throws IOException {
        BlockCodec.writeString(out, document.method());
        out.writeInt(document.pages());
        BlockCodec.write(out, document.blocks());
        out.writeInt(document.pageMethods().size());
        for (String method : document.pageMethods()) {
            BlockCodec.writeString(out, method);
        }
    }

    private static SourceDocument readDocument(DataInputStream in) throws IOException {
        String method = BlockCodec.readString(in);
        int pages = in.readInt();
        List<Block> blocks = BlockCodec.read(in);
        int count = in.readInt();
        if (count < 0 || count > pages) {
            throw new IOException("corrupt page methods: " + count + " for " + pages + " pages");
        }
        List<String> methods = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            methods.add(BlockCodec.readString(in));
        }
        return new SourceDocument(method, pages, blocks, methods);
    }

    private static byte readHeaderType(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException(String.format("not a worker frame (starts with %08x)", magic));
        }
        return in.readByte();
    }

    private static byte[] payload(DataInputStream in, int length, int max) throws IOException {
        if (length < 0 || length > max) {
            throw new IOException("corrupt frame length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    private static void header(DataOutputStream out, byte type, int length) throws IOException {
        out.writeInt(MAGIC);
        out.writeByte(type);
        out.writeInt(length);
    }

    private static void frame(DataOutputStream out, byte type, byte[] payload) throws IOException {
        header(out, type, payload.length);
        out.write(payload);
    }
}

package cn.nianbao.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.FormatDetector;
import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.ReaderRegistry;
import cn.nianbao.extract.TestFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

/** The image reader's own work (formats, pages, limits, resolution), with a recognizer that only takes notes. */
class ImageReaderTest {
    private static final OcrSettings SETTINGS = OcrSettings.load();

    private final List<String> seen = new ArrayList<>();
    private final PageRecognizer noting = (page, number, dpi) -> {
        seen.add(number + "@" + Math.round(dpi) + ":" + page.getWidth() + "x" + page.getHeight());
        return List.<Block>of(new Paragraph("page " + number, Origin.pageBox(number, 0, 0, 1, 1)));
    };
    private final ImageReader reader = new ImageReader(noting, SETTINGS, 200);

    @Test
    void everyPageOfATiffIsRead() throws Exception {
        byte[] tiff = TestFiles.imageFile("tiff", image(200, 100), image(300, 150));

        SourceDocument document = reader.read(tiff, "scan.tif");

        assertThat(document.method()).isEqualTo("ocr");
        assertThat(document.pages()).isEqualTo(2);
        assertThat(document.pageMethods()).containsExactly("ocr", "ocr");
        assertThat(seen).containsExactly("1@300:200x100", "2@300:300x150");
        assertThat(document.blocks()).extracting(b -> ((Paragraph) b).text()).containsExactly("page 1", "page 2");
    }

    @Test
    void theResolutionTheFileStatesIsPassedOn() throws Exception {
        reader.read(pngAt(image(120, 80), 200), "scan.png");

        assertThat(seen).containsExactly("1@200:120x80");
    }

    @Test
    void pngAndJpegAreDetectedAndFoundInTheStandardRegistry() throws Exception {
        FormatDetector detector = new FormatDetector();
        ReaderRegistry registry = ReaderRegistry.standard();
        byte[] png = pngAt(image(10, 10), 300);
        byte[] jpeg = TestFiles.imageFile("jpeg", image(10, 10));

        assertThat(registry.readerFor(detector.detect(png, "a.png"))).containsInstanceOf(ImageReader.class);
        assertThat(registry.readerFor(detector.detect(jpeg, "a.jpg"))).containsInstanceOf(ImageReader.class);
        assertThat(registry.readerFor(ImageReader.TIFF)).containsInstanceOf(ImageReader.class);
    }

    @Test
    void anImageAboveThePixelLimitIsRefusedFromItsHeaderAlone() {
        // 10000 × 7000 = 70 megapixels, over the 60 of models/ocr.properties; the pixel data is never read.
        byte[] huge = pngHeader(10_000, 7_000);

        assertThatThrownBy(() -> reader.read(huge, "huge.png"))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("图片过大")
                .hasMessageContaining("10000×7000")
                .hasMessageContaining("60 百万像素");
        assertThat(seen).isEmpty();
    }

    @Test
    void aTiffWithTooManyPagesIsRefused() throws Exception {
        byte[] tiff = TestFiles.imageFile("tiff", image(20, 20), image(20, 20));

        assertThatThrownBy(() -> new ImageReader(noting, SETTINGS, 1).read(tiff, "two.tif"))
                .isInstanceOf(ReadException.class).hasMessage("图片共 2 页，超过上限 1 页；请拆分后分别上传。");
    }

    @Test
    void brokenAndEmptyFilesAreRefusedInPlainWords() {
        byte[] truncated = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0};

        assertThatThrownBy(() -> reader.read(truncated, "x.png")).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("图片无法解码");
        assertThatThrownBy(() -> reader.read("not an image".getBytes(), "x.png")).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("无法识别的图片格式");
        assertThatThrownBy(() -> reader.read(new byte[0], "x.png")).isInstanceOf(ReadException.class)
                .hasMessage("文件为空（0 字节）");
        assertThat(seen).isEmpty();
    }

    private static BufferedImage image(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    }

    /** A PNG whose pHYs chunk states {@code dpi}. */
    private static byte[] pngAt(BufferedImage image, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        // Through the PNG's own metadata: the JDK's standard view of pHYs has its unit upside down.
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(phys);
        metadata.mergeTree(format, root);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The signature and header chunk of a grey PNG of the given size, without its pixels. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(8 + 25);
        header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        header.putInt(13);
        int typeAt = header.position();
        header.put("IHDR".getBytes());
        header.putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(header.array(), typeAt, 4 + 13);
        header.putInt((int) crc.getValue());
        return header.array();
    }
}

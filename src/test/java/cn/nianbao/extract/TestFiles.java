package cn.nianbao.extract;

import cn.nianbao.document.Block;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Fixture files and small views of a SourceDocument that the reader tests share. */
public final class TestFiles {

    private TestFiles() {
    }

    /** @param relative a path under fixtures/, e.g. "bad/empty.docx" (tests run in the project directory) */
    public static byte[] fixture(String relative) {
        try {
            return Files.readAllBytes(Path.of("fixtures").resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Table> tables(SourceDocument document) {
        return document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    public static List<String> paragraphs(SourceDocument document) {
        return document.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .map(Paragraph::text).toList();
    }

    public static List<String> texts(TableRow row) {
        return row.cells().stream().map(TableCell::text).toList();
    }

    /** The first row of any table whose cells include one with exactly this text. */
    public static TableRow rowWith(SourceDocument document, String cellText) {
        return tables(document).stream().flatMap(table -> table.rows().stream())
                .filter(row -> texts(row).contains(cellText)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with cell " + cellText));
    }

    public static Block blockAfterParagraph(SourceDocument document, String paragraphText) {
        List<Block> blocks = document.blocks();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph paragraph && paragraph.text().equals(paragraphText)) {
                return blocks.get(i + 1);
            }
        }
        throw new AssertionError("no block after paragraph " + paragraphText);
    }

    /** An image file of {@code format} (as ImageIO names it) holding the pages, several only where the format can. */
    public static byte[] imageFile(String format, BufferedImage... pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            if (pages.length == 1) {
                writer.write(pages[0]);
            } else {
                writer.prepareWriteSequence(null);
                for (BufferedImage page : pages) {
                    writer.writeToSequence(new IIOImage(page, null, null), null);
                }
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

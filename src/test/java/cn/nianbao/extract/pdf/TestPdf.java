package cn.nianbao.extract.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Builds small PDFs for the reader tests, in the reader's coordinates: points from the top left of an A4
 * page, y down. Text is Helvetica (no CJK font that PDFBox can embed is installed by default); the
 * fixture PDFs cover Chinese.
 */
final class TestPdf {
    private static final double PAGE_WIDTH = PDRectangle.A4.getWidth();
    private static final double PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private final PDDocument document = new PDDocument();
    private PDPageContentStream content;
    private int rotation;

    TestPdf page() {
        return page(0);
    }

    /**
     * A portrait A4 page shown turned by {@code rotation} degrees (/Rotate); what is drawn on it afterwards
     * is given, and appears upright, in the coordinates of the page as shown.
     */
    TestPdf page(int rotation) {
        closeContent();
        this.rotation = rotation;
        PDPage page = new PDPage(PDRectangle.A4);
        page.setRotation(rotation);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** @param baseline y of the baseline from the top of the page */
    TestPdf text(double x, double baseline, double size, String text) {
        return draw(() -> {
            content.beginText();
            content.setFont(FONT, (float) size);
            content.setTextMatrix(upright(x, baseline));
            content.showText(text);
            content.endText();
        });
    }

    /** One character under the other, as labels are written down a tall narrow cell. */
    TestPdf verticalText(double x, double firstBaseline, double size, String text) {
        for (int i = 0; i < text.length(); i++) {
            text(x, firstBaseline + i * size * 1.2, size, text.substring(i, i + 1));
        }
        return this;
    }

    /**
     * Running text wrapped greedily at {@code width} and justified like a word processor does, one line
     * every 1.5 font sizes, the first line indented by {@code indent}; the last line is left short.
     *
     * @return the baseline of the next line after the paragraph
     */
    double paragraph(double x, double baseline, double size, double width, double indent, String text) {
        return paragraph(x, baseline, size, width, indent, text, false);
    }

    /** @param lastLineFull justify the last line too, as where a page break cuts a paragraph */
    double paragraph(double x, double baseline, double size, double width, double indent, String text,
                     boolean lastLineFull) {
        List<String> line = new ArrayList<>();
        double y = baseline;
        double start = x + indent;
        for (String word : text.split(" ")) {
            List<String> longer = new ArrayList<>(line);
            longer.add(word);
            if (!line.isEmpty() && width(String.join(" ", longer), size) > x + width - start) {
                justified(start, y, size, x + width - start, line);
                y += size * 1.5;
                start = x;
                line = new ArrayList<>(List.of(word));
            } else {
                line = longer;
            }
        }
        if (lastLineFull) {
            justified(start, y, size, x + width - start, line);
        } else {
            text(start, y, size, String.join(" ", line));
        }
        return y + size * 1.5;
    }

    /** The words spread so that the line fills {@code width} exactly. */
    private void justified(double x, double baseline, double size, double width, List<String> words) {
        double inked = words.stream().mapToDouble(w -> width(w, size)).sum();
        double gap = words.size() > 1 ? (width - inked) / (words.size() - 1) : 0;
        double left = x;
        for (String word : words) {
            text(left, baseline, size, word);
            left += width(word, size) + gap;
        }
    }

    static double width(String text, double size) {
        try {
            return FONT.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestPdf title(String title) {
        document.getDocumentInformation().setTitle(title);
        return this;
    }

    /** A stroked line, as LibreOffice draws cell borders. */
    TestPdf line(double x1, double y1, double x2, double y2) {
        return draw(() -> {
            content.setLineWidth(0.5f);
            float[] from = toPdf(x1, y1);
            float[] to = toPdf(x2, y2);
            content.moveTo(from[0], from[1]);
            content.lineTo(to[0], to[1]);
            content.stroke();
        });
    }

    /** A filled rectangle, as Word draws cell borders (a fraction of a point thick). */
    TestPdf filledBox(double x, double top, double width, double height) {
        return draw(() -> {
            float[] corner = toPdf(x, top);
            float[] opposite = toPdf(x + width, top + height);
            content.addRect(Math.min(corner[0], opposite[0]), Math.min(corner[1], opposite[1]),
                    Math.abs(opposite[0] - corner[0]), Math.abs(opposite[1] - corner[1]));
            content.fill();
        });
    }

    /** Every line of a grid: the cells are the squares between the given borders. */
    TestPdf grid(double[] columns, double[] rows) {
        for (double x : columns) {
            line(x, rows[0], x, rows[rows.length - 1]);
        }
        for (double y : rows) {
            line(columns[0], y, columns[columns.length - 1], y);
        }
        return this;
    }

    /** A grey image over the whole page, as a scanner makes it. */
    TestPdf scan() {
        return scan(new BufferedImage(100, 141, BufferedImage.TYPE_BYTE_GRAY));
    }

    /** The image over the whole page, without /Interpolate, as scanners store it. */
    TestPdf scan(BufferedImage image) {
        return draw(() -> {
            PDImageXObject xObject = LosslessFactory.createFromImage(document, image);
            content.drawImage(xObject, 0, 0, (float) PAGE_WIDTH, (float) PAGE_HEIGHT);
        });
    }

    byte[] bytes() {
        closeContent();
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param userPassword empty for a file that opens without one (only the owner's password is set) */
    byte[] encrypted(String ownerPassword, String userPassword) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
        policy.setEncryptionKeyLength(128);
        try {
            closeContent();
            document.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes();
    }

    /** A point of the page as shown (y from the top) in the page's own PDF coordinates. */
    private float[] toPdf(double x, double y) {
        return switch (rotation) {
            case 90 -> new float[] {(float) y, (float) x};
            case 180 -> new float[] {(float) (PAGE_WIDTH - x), (float) y};
            case 270 -> new float[] {(float) (PAGE_WIDTH - y), (float) (PAGE_HEIGHT - x)};
            default -> new float[] {(float) x, (float) (PAGE_HEIGHT - y)};
        };
    }

    /** Text at a baseline point of the page as shown, running left to right as it is shown. */
    private Matrix upright(double x, double baseline) {
        float[] origin = toPdf(x, baseline);
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, origin[0], origin[1]);
            case 180 -> new Matrix(-1, 0, 0, -1, origin[0], origin[1]);
            case 270 -> new Matrix(0, -1, 1, 0, origin[0], origin[1]);
            default -> new Matrix(1, 0, 0, 1, origin[0], origin[1]);
        };
    }

    private TestPdf draw(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    private interface Drawing {
        void run() throws IOException;
    }
}

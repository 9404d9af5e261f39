package cn.nianbao.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Origin;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.review.evidence.ImageEvidence.Mark;
import cn.nianbao.store.StoredFile;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Files, cells and picture checks the evidence tests share. */
final class EvidenceFiles {
    static final EvidenceFinder FINDER = new EvidenceFinder();
    private static final Path SAMPLES = Path.of("target", "evidence-samples");

    private EvidenceFiles() {
    }

    /** @param relative a path under fixtures/ */
    static StoredFile fixture(String relative, String mediaType) {
        try {
            Path path = Path.of("fixtures").resolve(relative);
            return new StoredFile(path.getFileName().toString(), mediaType, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Cell cell(String key, Origin origin) {
        return new Cell(key, BigDecimal.ZERO, "0", CellState.OK, 1.0, origin);
    }

    static Cell ocrCell(String key, Origin origin) {
        Cell cell = new Cell(key, BigDecimal.ZERO, "0", CellState.OK, 0.9, origin);
        cell.readByOcr(List.of());
        return cell;
    }

    static ImageEvidence image(Optional<Evidence> evidence) {
        assertThat(evidence).get().isInstanceOf(ImageEvidence.class);
        return (ImageEvidence) evidence.orElseThrow();
    }

    static BufferedImage decoded(ImageEvidence evidence) {
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(evidence.png()));
            assertThat(picture.getWidth()).isEqualTo(evidence.width());
            assertThat(picture.getHeight()).isEqualTo(evidence.height());
            return picture;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bounds of the pure red pixels (the mark); empty when there are none. */
    static Rectangle redPixels(BufferedImage picture) {
        Rectangle bounds = null;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if ((picture.getRGB(x, y) & 0xffffff) == 0xff0000) {
                    bounds = bounds == null ? new Rectangle(x, y, 1, 1) : bounds.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return bounds == null ? new Rectangle() : bounds;
    }

    /** Pixels darker than mid grey in {@code area} of the picture. */
    static int ink(BufferedImage picture, Rectangle area) {
        Rectangle inside = area.intersection(new Rectangle(picture.getWidth(), picture.getHeight()));
        int count = 0;
        for (int y = inside.y; y < inside.getMaxY(); y++) {
            for (int x = inside.x; x < inside.getMaxX(); x++) {
                int rgb = picture.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128 && (rgb & 0xffffff) != 0xff0000) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The inner part of the mark, clear of its lines and of the cell's rules. */
    static Rectangle inner(Mark mark) {
        int dx = mark.width() / 4;
        int dy = mark.height() / 4;
        return new Rectangle(mark.x() + dx, mark.y() + dy, mark.width() - 2 * dx, mark.height() - 2 * dy);
    }

    /** Writes the picture to target/evidence-samples, to be looked at. */
    static void sample(String name, ImageEvidence evidence) {
        try {
            Files.createDirectories(SAMPLES);
            Files.write(SAMPLES.resolve(name + ".png"), evidence.png());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The checks every marked picture must pass: a PNG within the size limit, a red box that exists, lies inside
     * the picture and is where the mark says.
     */
    static BufferedImage assertMarkedPicture(ImageEvidence evidence) {
        BufferedImage picture = decoded(evidence);
        assertThat(evidence.width()).isBetween(1, PageImage.MAX_SIDE);
        assertThat(evidence.height()).isBetween(1, PageImage.MAX_SIDE);
        Mark mark = evidence.mark();
        assertThat(mark).isNotNull();
        Rectangle red = redPixels(picture);
        assertThat(red.isEmpty()).as("red box drawn").isFalse();
        assertThat(new Rectangle(picture.getWidth(), picture.getHeight()).contains(red)).isTrue();
        Rectangle markBounds = new Rectangle(mark.x(), mark.y(), mark.width(), mark.height());
        assertThat(markBounds.contains(red)).as("red pixels %s within mark %s", red, mark).isTrue();
        return picture;
    }
}

package cn.nianbao.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What a user would otherwise run: the tesseract command line, full page, chi_sim, on the same pages
 * (PDF pages rendered at 300 dpi first; rendering is not timed). One thread, as on a busy server.
 */
final class TesseractCli {
    private static final float DPI = 300;

    record Run(double seconds, int pages, String text) {
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Run read(Path document) throws IOException, InterruptedException {
        List<Path> pages = pages(document);
        StringBuilder text = new StringBuilder();
        double seconds = 0;
        try {
            for (Path page : pages) {
                long start = System.nanoTime();
                ProcessBuilder builder = new ProcessBuilder("tesseract", page.toString(), "-", "-l", "chi_sim", "--psm", "4");
                builder.environment().put("OMP_THREAD_LIMIT", "1");
                Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
                text.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                process.waitFor();
                seconds += (System.nanoTime() - start) / 1e9;
            }
        } finally {
            if (!pages.get(0).equals(document)) {
                for (Path page : pages) {
                    Files.deleteIfExists(page);
                }
            }
        }
        return new Run(seconds, pages.size(), text.toString());
    }

    private static List<Path> pages(Path document) throws IOException {
        if (!document.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return List.of(document);
        }
        List<Path> out = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(document.toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                Path page = Files.createTempFile("nianbao-bench-", ".png");
                ImageIO.write(image, "png", page.toFile());
                out.add(page);
            }
        }
        return out;
    }
}

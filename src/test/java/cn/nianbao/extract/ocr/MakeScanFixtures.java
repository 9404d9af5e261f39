package cn.nianbao.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Makes the scan fixtures of fixtures/scans: a Word fixture → PDF (LibreOffice) → one page rendered at
 * 300 dpi (PDFBox) → {@link ScanDegrader} → NAME.jpg. Run by fixtures/scans/make-scans.sh; the tests only
 * read the JPEGs. Each page is checked for a text it must hold, so a change in LibreOffice's pagination
 * fails here instead of silently making another page.
 */
public final class MakeScanFixtures {
    static final int DPI = 300;

    /** One scan: which page of which fixture, the text that proves it is the right page, and its tilt. */
    record Scan(String name, String source, int page, String mustContain, double degrees) {
    }

    static final List<Scan> SCANS = List.of(
            new Scan("001-p3", "seeds/001.docx", 3, "一、本年新收政府信息公开申请数量", 0.7),
            new Scan("002-p2", "seeds/002.docx", 2, "二、主动公开政府信息情况", -0.6),
            new Scan("2021-full-p3", "cases/2021-full.docx", 3, "四、政府信息公开行政复议、行政诉讼情况", 0.9));

    private MakeScanFixtures() {
    }

    /** @param args the fixtures directory */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path fixtures = Path.of(args.length > 0 ? args[0] : "fixtures").toAbsolutePath();
        Path work = Files.createTempDirectory("scans");
        try {
            for (Scan scan : SCANS) {
                Path pdf = toPdf(fixtures.resolve(scan.source()), work);
                BufferedImage page = render(pdf, scan);
                ScanDegrader.Settings settings = ScanDegrader.Settings.officeScan(scan.degrees());
                byte[] jpeg = ScanDegrader.jpeg(ScanDegrader.degrade(page, settings), settings);
                Path out = fixtures.resolve("scans").resolve(scan.name() + ".jpg");
                Files.write(out, jpeg);
                System.out.printf("%s: %s page %d, %.1f°, %d KB%n", out, scan.source(), scan.page(), scan.degrees(),
                        jpeg.length / 1024);
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path toPdf(Path docx, Path work) throws IOException, InterruptedException {
        Process soffice = new ProcessBuilder("soffice", "--headless",
                "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", work.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (soffice.waitFor() != 0) {
            throw new IOException("LibreOffice could not convert " + docx);
        }
        String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
        return work.resolve(name);
    }

    private static BufferedImage render(Path pdf, Scan scan) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(scan.page());
            stripper.setEndPage(scan.page());
            if (!stripper.getText(document).contains(scan.mustContain())) {
                throw new IllegalStateException(scan.source() + " page " + scan.page() + " does not hold "
                        + scan.mustContain() + ": LibreOffice paginated it differently; update SCANS");
            }
            return new PDFRenderer(document).renderImageWithDPI(scan.page() - 1, DPI, ImageType.GRAY);
        }
    }
}

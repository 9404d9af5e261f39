package cn.nianbao.review.evidence;

import cn.nianbao.extract.ocr.Deskew;
import cn.nianbao.extract.pdf.PdfReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Renders one page of a PDF, never the whole document. A page read from its text layer is rendered at the
 * resolution shown. A scanned page is rendered as the PDF reader rendered it for OCR ({@link PdfReader#OCR_DPI},
 * grey), so that the recognizer's tilt is measured again on the same pixels and its boxes land where it saw
 * them; nothing is read by OCR here.
 */
final class PdfPages {

    private PdfPages() {
    }

    /**
     * @param pageNumber from 1
     * @param scanned whether boxes on this page came from OCR; a page without any text layer counts as
     *                scanned anyway (its values may come from OCR'd running text, which carries no OCR flag)
     * @param forMarking whether a box will be drawn: only then is a scanned page's tilt needed
     * @return empty when the page does not exist
     */
    static Optional<PageImage> render(byte[] content, int pageNumber, boolean scanned, boolean forMarking)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (pageNumber < 1 || pageNumber > document.getNumberOfPages()) {
                return Optional.empty();
            }
            int index = pageNumber - 1;
            PDPage page = document.getPage(index);
            double[] size = displaySize(page);
            PDFRenderer renderer = new PDFRenderer(document);
            if (forMarking && (scanned || withoutText(document, pageNumber))) {
                float scale = (float) PageImage.boundedScale(PdfReader.OCR_DPI / PageImage.POINTS_PER_INCH,
                        size[0], size[1], false);
                BufferedImage image = renderer.renderImage(index, scale, ImageType.GRAY);
                return Optional.of(new PageImage(image, scale, Deskew.correctedDegrees(image)));
            }
            float scale = (float) PageImage.boundedScale(PageImage.EVIDENCE_DPI / PageImage.POINTS_PER_INCH,
                    size[0], size[1], true);
            return Optional.of(new PageImage(renderer.renderImage(index, scale, ImageType.RGB), scale, 0));
        }
    }

    /** Width and height in points of the page as displayed (crop box, after /Rotate), as PDFBox renders it. */
    private static double[] displaySize(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360);
        boolean turned = rotation == 90 || rotation == 270;
        return turned ? new double[] {crop.getHeight(), crop.getWidth()}
                : new double[] {crop.getWidth(), crop.getHeight()};
    }

    private static boolean withoutText(PDDocument document, int pageNumber) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        return stripper.getText(document).isBlank();
    }
}

package cn.nianbao.extract.docx;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Walks the document body in order. It goes through the XML rather than XWPFDocument.getBodyElements()
 * because templates wrap parts of a report in content controls (w:sdt), which POI only offers as flat text.
 */
final class DocxBody {

    private final XWPFDocument document;
    private final List<Block> blocks = new ArrayList<>();
    private int paragraphIndex;
    private int tableIndex;

    private DocxBody(XWPFDocument document) {
        this.document = document;
    }

    static List<Block> blocks(XWPFDocument document) {
        DocxBody body = new DocxBody(document);
        body.walk(document.getDocument().getBody());
        return body.blocks;
    }

    private void walk(XmlObject container) {
        try (XmlCursor cursor = container.newCursor()) {
            if (!cursor.toFirstChild()) {
                return;
            }
            do {
                XmlObject child = cursor.getObject();
                if (child instanceof CTP paragraph) {
                    addParagraph(new XWPFParagraph(paragraph, document));
                } else if (child instanceof CTTbl table) {
                    blocks.add(DocxTableGrid.table(new XWPFTable(table, document), tableIndex++));
                } else if (child instanceof CTSdtBlock contentControl && contentControl.isSetSdtContent()) {
                    walk(contentControl.getSdtContent());
                }
            } while (cursor.toNextSibling());
        }
    }

    /** Empty paragraphs are counted, so that the index matches the paragraph's position in the body. */
    private void addParagraph(XWPFParagraph paragraph) {
        int index = paragraphIndex++;
        String text = paragraph.getText().strip();
        if (!text.isEmpty()) {
            blocks.add(new Paragraph(text, Origin.paragraph(index)));
        }
    }
}

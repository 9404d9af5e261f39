package cn.nianbao.extract.docx;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.MediaTypes;
import cn.nianbao.extract.ReadChecks;
import cn.nianbao.extract.ReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads Word 2007+ (.docx) reports with POI XWPF: body paragraphs and tables in order, merged cells rebuilt. */
public final class DocxReader implements DocumentReader {

    public static final String METHOD = "docx";
    private static final String MACRO_ENABLED = "application/vnd.ms-word.document.macroenabled.12";

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.DOCX, MACRO_ENABLED);
    }

    @Override
    public SourceDocument read(byte[] content, String fileName) throws ReadException {
        ReadChecks.requireContent(content);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return new SourceDocument(METHOD, pages(document), DocxBody.blocks(document));
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException oldOrLocked) {
            throw new ReadException("文件不是 .docx 格式（可能是旧版 .doc 文件，或设置了密码的 Word 文件），无法打开",
                    oldOrLocked);
        } catch (IOException | RuntimeException broken) {
            // POI reports a damaged zip or package in many ways (IOException, POIXMLException,
            // NotOfficeXmlFileException, …); to the user they mean the same thing, unless POI refused on purpose.
            throw new ReadException(DocxRefusal.of(broken).orElse("Word 文件已损坏或不完整，无法打开"), broken);
        }
    }

    /** Word stores the page count it last laid out in docProps/app.xml; without it a DOCX counts as one page. */
    private static int pages(XWPFDocument document) {
        POIXMLProperties.ExtendedProperties app = document.getProperties().getExtendedProperties();
        if (app != null && app.getUnderlyingProperties().isSetPages()) {
            return Math.max(1, app.getPages());
        }
        return 1;
    }
}

package cn.nianbao.extract.doc;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.MediaTypes;
import cn.nianbao.extract.ReadChecks;
import cn.nianbao.extract.ReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;

/** Reads legacy Word 97–2003 (.doc) reports with POI HWPF: paragraphs and tables in order. */
public final class DocReader implements DocumentReader {

    public static final String METHOD = "doc";

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.DOC);
    }

    @Override
    public SourceDocument read(byte[] content, String fileName) throws ReadException {
        ReadChecks.requireContent(content);
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
            return new SourceDocument(METHOD, pages(document), blocks(document.getRange()));
        } catch (OfficeXmlFileException newFormat) {
            throw new ReadException("文件是新版 Word（.docx）格式，不是 .doc，无法按 .doc 打开", newFormat);
        } catch (EncryptedDocumentException locked) {
            throw new ReadException("Word 文件设置了密码，无法打开", locked);
        } catch (OldFileFormatException tooOld) {
            throw new ReadException("文件是 Word 95 或更早的格式，暂不支持，请另存为 .docx 后再上传", tooOld);
        } catch (IOException | RuntimeException broken) {
            throw new ReadException("Word 文件已损坏或不完整，无法打开", broken);
        }
    }

    /**
     * Paragraphs of a table come in the range like any other; the first one stands for the whole table,
     * whose paragraphs are then skipped.
     */
    private static List<Block> blocks(Range range) {
        List<Block> blocks = new ArrayList<>();
        int paragraphIndex = 0;
        int tableIndex = 0;
        int count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            org.apache.poi.hwpf.usermodel.Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                blocks.add(DocTableGrid.table(table, tableIndex++));
                i += Math.max(1, table.numParagraphs()) - 1;
                continue;
            }
            String text = DocText.clean(paragraph.text()).strip();
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text, Origin.paragraph(paragraphIndex)));
            }
            paragraphIndex++;
        }
        return blocks;
    }

    private static int pages(HWPFDocument document) {
        SummaryInformation summary = document.getSummaryInformation();
        return summary != null && summary.getPageCount() > 0 ? summary.getPageCount() : 1;
    }
}

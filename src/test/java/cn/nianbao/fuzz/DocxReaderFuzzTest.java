package cn.nianbao.fuzz;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.docx.DocxReader;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Any word/document.xml in a valid package gives a well-formed document (merged cells rebuilt into a grid)
 * or a ReadException for XML that POI rejects, never a bug of ours. Seeds: the fixtures' .docx bodies with
 * their run formatting stripped, so that mutations land on the structure.
 */
class DocxReaderFuzzTest {
    private static final DocxReader READER = new DocxReader();
    private static final DocxSkeleton SKELETON = DocxSkeleton.of(Path.of("fixtures/seeds/000.docx"));

    @FuzzTest
    @DictionaryEntries({"<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:tcPr>", "</w:tcPr>",
        "<w:gridSpan w:val=\"2\"/>", "<w:gridSpan w:val=\"0\"/>", "<w:gridSpan w:val=\"-3\"/>",
        "<w:gridSpan w:val=\"99999999\"/>", "<w:vMerge w:val=\"restart\"/>", "<w:vMerge/>",
        "<w:vMerge w:val=\"continue\"/>", "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:br/>",
        "<w:tab/>", "<w:gridBefore w:val=\"1\"/>", "<w:gridAfter w:val=\"1\"/>", "<w:trPr>", "</w:trPr>",
        "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"})
    void readsAnyBody(byte[] documentXml) {
        try {
            SourceDocument document = READER.read(SKELETON.withBody(documentXml), "report.docx");
            DocumentInvariants.check(document, DocxReader.METHOD);
        } catch (ReadException refused) {
            OwnFailures.rethrowIfOurs(refused);
        }
    }
}

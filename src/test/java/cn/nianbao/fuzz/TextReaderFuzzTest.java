package cn.nianbao.fuzz;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.text.TextReader;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the text reader give a well-formed document or a ReadException of its own making (empty,
 * not text), within the per-input time limit. Seeds: the fixtures' .txt reports (see {@link FuzzSeeds}).
 */
class TextReaderFuzzTest {
    private static final TextReader READER = new TextReader();

    @FuzzTest
    void readsAnyBytes(byte[] content) {
        try {
            SourceDocument document = READER.read(content, "report.txt");
            DocumentInvariants.check(document, TextReader.METHOD);
        } catch (ReadException refused) {
            OwnFailures.rethrowIfOurs(refused);
        }
    }
}

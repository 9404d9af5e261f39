package cn.nianbao.fuzz;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.html.HtmlReader;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to the HTML reader give a well-formed document (rowspan/colspan grids included) or a
 * ReadException that is not a bug of ours in disguise. Seeds: the fixtures' .html reports.
 */
class HtmlReaderFuzzTest {
    private static final HtmlReader READER = new HtmlReader();

    @FuzzTest
    @DictionaryEntries({"<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", " rowspan=\"2\"",
        " colspan=\"3\"", " rowspan=\"0\"", " colspan=\"-1\"", " colspan=\"99999\"", "<br>", "<p>", "<div>",
        "<meta charset=\"gbk\">", "<nav>", "<footer>", "&nbsp;"})
    void readsAnyBytes(byte[] content) {
        try {
            SourceDocument document = READER.read(content, "report.html");
            DocumentInvariants.check(document, HtmlReader.METHOD);
        } catch (ReadException refused) {
            OwnFailures.rethrowIfOurs(refused);
        }
    }
}

package cn.nianbao.check;

import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.map.ReportMetaReader;
import cn.nianbao.map.VersionGuess;
import java.util.List;

/** What rules may know beyond the cells: the source's narrative, the report's metadata, the version found. */
public record CheckContext(SourceDocument document, ReportMetaReader.Meta meta, VersionGuess version) {

    /** The narrative's paragraphs, in order (titles and headings included). */
    public List<String> paragraphs() {
        return document.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    }
}

package cn.nianbao.check;

import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.map.ReportMetaReader;
import cn.nianbao.map.VersionGuess;
import java.util.List;

/**
 * What rules may know beyond the cells: the narrative's paragraphs (titles and headings included, in order),
 * the report's metadata and the version found. Kept with a stored report so that a reviewer's edit is checked
 * again exactly as the extraction was ({@link CheckBasis}).
 */
public record CheckContext(List<String> paragraphs, ReportMetaReader.Meta meta, VersionGuess version) {
    public CheckContext {
        paragraphs = List.copyOf(paragraphs);
    }

    public static CheckContext of(SourceDocument document, ReportMetaReader.Meta meta, VersionGuess version) {
        List<String> paragraphs = document.blocks().stream().filter(b -> b instanceof Paragraph)
                .map(b -> ((Paragraph) b).text()).toList();
        return new CheckContext(paragraphs, meta, version);
    }
}

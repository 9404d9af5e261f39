package cn.nianbao.check;

import cn.nianbao.form.FormCatalog;
import cn.nianbao.map.ReportMetaReader;
import cn.nianbao.map.VersionGuess;
import java.util.List;

/**
 * A {@link CheckContext} as stored beside a report's result (JSON): the form version by its id.
 *
 * @param version the form version id the cells were read under
 */
public record CheckBasis(List<String> paragraphs, ReportMetaReader.Meta meta, String version,
                         boolean layoutsDisagree, boolean evident) {

    public static CheckBasis of(CheckContext context) {
        VersionGuess guess = context.version();
        return new CheckBasis(context.paragraphs(), context.meta(), guess.version().id(), guess.layoutsDisagree(),
                guess.evident());
    }

    public CheckContext context(FormCatalog catalog) {
        return new CheckContext(paragraphs, meta, new VersionGuess(catalog.version(version), layoutsDisagree, evident));
    }
}

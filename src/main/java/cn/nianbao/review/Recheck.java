package cn.nianbao.review;

import cn.nianbao.check.CheckBasis;
import cn.nianbao.check.CheckContext;
import cn.nianbao.check.Checker;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormVersion;
import cn.nianbao.map.FilledForm;
import cn.nianbao.map.ReportMetaReader;
import cn.nianbao.map.VersionGuess;
import cn.nianbao.map.YearEvidence;
import cn.nianbao.pipeline.Status;
import cn.nianbao.result.Cell;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.ReportMeta;
import java.util.List;

/**
 * Checks a result again after a reviewer changed cells, as the extraction did: inferences are redone from the
 * cells as they now stand, then every rule runs with what the extraction knew of the narrative.
 */
public final class Recheck {
    private final FormCatalog catalog;
    private final Checker checker;

    public Recheck(FormCatalog catalog, Checker checker) {
        this.catalog = catalog;
        this.checker = checker;
    }

    public ExtractionResult run(ExtractionResult result, CheckBasis basis) {
        CheckContext context = basis != null ? basis.context(catalog) : withoutNarrative(result);
        FilledForm form = FilledForm.of(context.version().version(), result.cells(), result.extras());
        form.cells().forEach(Cell::forgetInference);
        List<Finding> findings = checker.check(form, context);
        return new ExtractionResult(result.source(), result.report(), List.copyOf(form.cells()), result.extras(),
                findings, Status.of(findings, form.cells()), result.error(), basis, result.llm());
    }

    /** For a report stored before check bases were kept: the cells' rules only, the narrative unknown. */
    private CheckContext withoutNarrative(ExtractionResult result) {
        ReportMeta report = result.report();
        FormVersion version = catalog.version(report.version());
        ReportMetaReader.Meta meta = new ReportMetaReader.Meta(report.organ(),
                new YearEvidence(report.year(), null, null), report.region(), null);
        return new CheckContext(List.of(), meta, new VersionGuess(version, false, false));
    }
}

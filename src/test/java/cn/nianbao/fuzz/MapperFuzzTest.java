package cn.nianbao.fuzz;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormVersion;
import cn.nianbao.map.HeuristicMapper;
import cn.nianbao.map.Mapper;
import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.result.CellState;
import cn.nianbao.result.SourceInfo;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.EnumSet;
import java.util.Set;

/**
 * The mapper, fed documents no reader would make but any reader could (see {@link FuzzedDocument}): for every
 * form version it fills exactly the template's cells, only in the states a source can give, value and state
 * agreeing; and the steps after it (meta, version, checks) turn the document into a result that obeys
 * {@link ResultInvariants}, without throwing.
 */
class MapperFuzzTest {
    /** What a mapper can know: inference belongs to the checks and correction to a reviewer. */
    private static final Set<CellState> MAPPED = EnumSet.of(CellState.OK, CellState.BLANK, CellState.PLACEHOLDER,
            CellState.APPROXIMATE, CellState.MISSING);
    private static final Mapper MAPPER = new HeuristicMapper();
    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.standard();
    private static final String FILE_NAME = "report.fuzz";

    @FuzzTest
    void mapsAnyDocument(FuzzedDataProvider data) {
        SourceDocument document = FuzzedDocument.of(data);
        for (FormVersion version : FormCatalog.standard().versions()) {
            CellInvariants.check(MAPPER.map(document, version).cells(), version, MAPPED);
        }
        SourceInfo source = new SourceInfo(FILE_NAME, "0".repeat(64), "text/plain", document.pages(), document.method());
        ResultInvariants.check(PIPELINE.extract(document, source), FILE_NAME);
    }
}

package cn.nianbao.fuzz;

import static cn.nianbao.fuzz.DocumentInvariants.require;

import cn.nianbao.check.RuleNames;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormVersion;
import cn.nianbao.pipeline.Status;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an {@link ExtractionResult} must be for any input: a failure with plain words, or every template
 * cell of the version it names, findings of the spec's rules about those cells only, and the status the
 * findings and cells imply.
 */
final class ResultInvariants {
    /** The pipeline's words when it caught an exception of ours: for the fuzzer that is a bug, not an answer. */
    private static final String INTERNAL_ERROR = "内部错误";
    private static final Set<CellState> BEFORE_REVIEW = EnumSet.complementOf(EnumSet.of(CellState.CORRECTED));

    private ResultInvariants() {
    }

    static void check(ExtractionResult result, String fileName) {
        require(result != null && result.source() != null, "no result or no source");
        require(fileName.equals(result.source().file()), "source file " + result.source().file());
        if (ExtractionResult.FAILED.equals(result.status())) {
            checkFailure(result);
            return;
        }
        require(result.error() == null, "error beside status " + result.status() + ": " + result.error());
        FormVersion version = FormCatalog.standard().find(result.report().version())
                .orElseThrow(() -> new AssertionError("unknown version " + result.report().version()));
        CellInvariants.check(result.cells(), version, BEFORE_REVIEW);
        Set<String> keys = result.cells().stream().map(Cell::getKey).collect(Collectors.toSet());
        for (Finding finding : result.findings()) {
            require(RuleNames.all().containsKey(finding.rule()), "unknown rule " + finding.rule());
            require(finding.severity() != null, finding.rule() + " without severity");
            require(finding.message() != null && !finding.message().isBlank(), finding.rule() + " without message");
            require(keys.containsAll(finding.cells()), finding.rule() + " names cells not in the result: " + finding.cells());
        }
        require(Status.of(result.findings(), result.cells()).equals(result.status()), "status " + result.status()
                + " does not follow from the findings and cells");
    }

    private static void checkFailure(ExtractionResult result) {
        String error = result.error();
        require(error != null && !error.isBlank(), "failed without an error");
        require(!error.contains(INTERNAL_ERROR), "the pipeline caught an exception of ours (see the log): " + error);
        require(result.cells().isEmpty() && result.findings().isEmpty(), "a failure with cells or findings");
    }
}

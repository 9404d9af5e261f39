package cn.nianbao.bench;

import cn.nianbao.bench.ExpectedRows.ExpectedCell;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.result.Cell;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many expected cells a result got right, and of the wrong ones how many carry a finding — a wrong
 * cell with no finding is the worst error the extractor can make. A cell the result lacks (it read the
 * report on another form version) is wrong and carries no finding.
 */
record CellScore(int compared, int right, int wrongFlagged) {

    static CellScore of(ExtractionResult result, GroundTruth truth) {
        if (result.report() == null) {
            int expected = truth.rows().values().stream().mapToInt(List::size).sum();
            return new CellScore(expected, 0, expected);
        }
        // The truth's version when it names one: a report read on the wrong version has the wrong cells.
        Map<String, ExpectedCell> expected = ExpectedRows.byCell(truth.rows(), FormCatalog.standard()
                .version(truth.version() != null ? truth.version() : result.report().version()));
        Set<String> flagged = result.findings().stream().map(Finding::cells).flatMap(List::stream)
                .collect(Collectors.toSet());
        Map<String, Cell> cells = result.cells().stream().collect(Collectors.toMap(Cell::getKey, c -> c));
        int right = 0;
        int wrongFlagged = 0;
        for (Map.Entry<String, ExpectedCell> want : expected.entrySet()) {
            Cell got = cells.get(want.getKey());
            if (got != null && matches(want.getValue(), got)) {
                right++;
            } else if (got != null && flagged.contains(got.getKey())) {
                wrongFlagged++;
            }
        }
        return new CellScore(expected.size(), right, wrongFlagged);
    }

    private static boolean matches(ExpectedCell want, Cell got) {
        boolean sameValue = want.value() == null ? got.getValue() == null
                : got.getValue() != null && want.value().compareTo(got.getValue()) == 0;
        return sameValue && want.state().equals(got.getState().id());
    }

    CellScore plus(CellScore other) {
        return new CellScore(compared + other.compared, right + other.right, wrongFlagged + other.wrongFlagged);
    }
}

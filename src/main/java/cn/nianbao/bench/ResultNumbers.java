package cn.nianbao.bench;

import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.ExtractionResult;
import java.util.stream.Collectors;

/** A result's table numbers in template order, as text, to count like a plain OCR output. */
final class ResultNumbers {
    private ResultNumbers() {
    }

    static String inOrder(ExtractionResult result) {
        return result.cells().stream()
                .filter(c -> c.hasValue() && c.getState() != CellState.INFERRED)
                .map(Cell::getValue).map(v -> v.toBigInteger().toString())
                .collect(Collectors.joining(" "));
    }
}

package cn.nianbao.bench;

import cn.nianbao.form.CellSpec;
import cn.nianbao.form.FormVersion;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "rows" of a hand-written expected file (fixtures/README.md): per template row, one token per
 * column — 2, "-", "", "?", "=0", "~5". Shared by the fixture tests and the benchmark.
 */
public final class ExpectedRows {

    /** What one cell should be: its state and, for states with a value, the value. */
    public record ExpectedCell(String state, BigDecimal value) {
    }

    private ExpectedRows() {
    }

    /** Row key (table.row) to its cells in column order. */
    public static Map<String, List<ExpectedCell>> read(JsonNode rows) {
        Map<String, List<ExpectedCell>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> row : rows.properties()) {
            List<ExpectedCell> tokens = new ArrayList<>();
            row.getValue().forEach(t -> tokens.add(token(t)));
            out.put(row.getKey(), tokens);
        }
        return out;
    }

    /** Cell key to what it should be, for the rows given (a partial expectation covers only some rows). */
    public static Map<String, ExpectedCell> byCell(Map<String, List<ExpectedCell>> rows, FormVersion version) {
        Map<String, ExpectedCell> out = new LinkedHashMap<>();
        for (CellSpec spec : version.cells()) {
            List<ExpectedCell> row = rows.get(spec.table().key() + "." + spec.row().key());
            int index = spec.row().columns().indexOf(spec.column().key());
            if (row != null && index < row.size()) {
                out.put(spec.key(), row.get(index));
            }
        }
        return out;
    }

    public static ExpectedCell token(JsonNode token) {
        if (token.isNumber()) {
            return new ExpectedCell("ok", token.decimalValue());
        }
        String text = token.asText();
        if (text.equals("-")) {
            return new ExpectedCell("placeholder", null);
        }
        if (text.isEmpty()) {
            return new ExpectedCell("blank", null);
        }
        if (text.equals("?")) {
            return new ExpectedCell("missing", null);
        }
        if (text.startsWith("=")) {
            return new ExpectedCell("inferred", new BigDecimal(text.substring(1)));
        }
        if (text.startsWith("~")) {
            return new ExpectedCell("approximate", new BigDecimal(text.substring(1)));
        }
        return new ExpectedCell("ok", new BigDecimal(text));
    }
}

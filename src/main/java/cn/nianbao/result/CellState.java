package cn.nianbao.result;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The states of the spec: how a cell's value came to be. */
public enum CellState {
    OK("已读取"), BLANK("空白"), PLACEHOLDER("占位符"), APPROXIMATE("约数"), MISSING("缺失"), INFERRED("推定"),
    CORRECTED("已更正");

    private final String label;

    CellState(String label) {
        this.label = label;
    }

    /** The state as reviewers read it. */
    public String label() {
        return label;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CellState of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}

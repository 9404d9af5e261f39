package cn.nianbao.result;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The states of the spec: how a cell's value came to be. */
public enum CellState {
    OK, BLANK, PLACEHOLDER, APPROXIMATE, MISSING, INFERRED, CORRECTED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CellState of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}

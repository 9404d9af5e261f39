package cn.nianbao.result;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A repair a reviewer can accept with one click: new values for some cells.
 *
 * @param values cell key to the value proposed
 * @param message why, in Chinese
 */
public record Suggestion(Map<String, BigDecimal> values, String message) {
    public Suggestion {
        values = Map.copyOf(values);
    }
}

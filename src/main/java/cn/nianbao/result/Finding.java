package cn.nianbao.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Something a reviewer must look at.
 *
 * @param rule a rule id of the spec (balance, missing, narrative_conflict, …)
 * @param cells the keys of the cells involved
 * @param message what is wrong, in Chinese, with the numbers
 * @param quote for narrative findings, the sentence of the report the finding is about
 * @param suggestion for identity findings on OCR'd cells, values that would make the identities hold
 *                   (offered to the reviewer, never applied by itself)
 */
@JsonPropertyOrder({"rule", "severity", "cells", "message", "quote", "suggestion"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String rule, Severity severity, List<String> cells, String message, String quote,
                      Suggestion suggestion) {
    public Finding {
        cells = List.copyOf(cells);
    }

    public Finding(String rule, Severity severity, List<String> cells, String message) {
        this(rule, severity, cells, message, null, null);
    }

    public Finding(String rule, Severity severity, List<String> cells, String message, String quote) {
        this(rule, severity, cells, message, quote, null);
    }

    public Finding withSuggestion(Suggestion offered) {
        return new Finding(rule, severity, cells, message, quote, offered);
    }
}

package cn.nianbao.result;

import cn.nianbao.check.CheckBasis;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The JSON document of the spec for one report: what the CLI prints, the API returns and the UI edits.
 *
 * @param status clean, needs_review, or failed when the file could not be read ({@code error} says why)
 * @param basis what the checks knew beyond the cells, kept so that a reviewer's edit can be checked again;
 *              not part of the JSON (null when the file could not be read)
 * @param llm what LLM-assisted mapping cost, when an LLM was consulted for this report (else null)
 */
@JsonPropertyOrder({"source", "report", "cells", "extras", "findings", "status", "error", "llm"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractionResult(SourceInfo source, ReportMeta report, List<Cell> cells, List<Extra> extras,
                               List<Finding> findings, String status, String error,
                               @JsonIgnore CheckBasis basis, LlmUsage llm) {

    /** A result no LLM had a hand in. */
    public ExtractionResult(SourceInfo source, ReportMeta report, List<Cell> cells, List<Extra> extras,
                            List<Finding> findings, String status, String error, CheckBasis basis) {
        this(source, report, cells, extras, findings, status, error, basis, null);
    }

    public static final String CLEAN = "clean";
    public static final String NEEDS_REVIEW = "needs_review";
    public static final String FAILED = "failed";

    public static ExtractionResult failed(SourceInfo source, String error) {
        return new ExtractionResult(source, null, List.of(), List.of(), List.of(), FAILED, error, null);
    }

    /** The same result with other findings and status (after a recheck or a cross-report check). */
    public ExtractionResult with(List<Finding> newFindings, String newStatus) {
        return new ExtractionResult(source, report, cells, extras, newFindings, newStatus, error, basis, llm);
    }
}

package cn.nianbao.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The JSON document of the spec for one report: what the CLI prints, the API returns and the UI edits.
 *
 * @param status clean, needs_review, or failed when the file could not be read ({@code error} says why)
 */
@JsonPropertyOrder({"source", "report", "cells", "extras", "findings", "status", "error"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractionResult(SourceInfo source, ReportMeta report, List<Cell> cells, List<Extra> extras,
                               List<Finding> findings, String status, String error) {

    public static final String CLEAN = "clean";
    public static final String NEEDS_REVIEW = "needs_review";
    public static final String FAILED = "failed";

    public static ExtractionResult failed(SourceInfo source, String error) {
        return new ExtractionResult(source, null, List.of(), List.of(), List.of(), FAILED, error);
    }
}

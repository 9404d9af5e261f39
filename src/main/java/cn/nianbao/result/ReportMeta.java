package cn.nianbao.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Who published the report, for which year, on which version of the form. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportMeta(String organ, Integer year, String version, String region) {
}

package cn.nianbao.api;

import java.util.List;

/** One page of reports; {@code total} counts every report matching the filters. */
public record ReportList(List<ReportSummary> items, int page, int size, long total) {
}

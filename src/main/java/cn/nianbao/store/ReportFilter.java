package cn.nianbao.store;

/** The list's filters; null means any. */
public record ReportFilter(ReportStatus status, String organ, Integer year, String rule) {
}

package cn.nianbao.store;

/** A report with its result JSON (null before extraction), for exports. */
public record StoredResult(ReportRecord record, String resultJson) {
}

package cn.nianbao.store;

import java.util.List;

/** One page of the list, and how many reports match in all. */
public record ReportPage(List<ReportRecord> items, int page, int size, long total) {
}

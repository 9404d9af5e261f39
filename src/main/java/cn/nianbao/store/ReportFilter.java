package cn.nianbao.store;

import java.util.UUID;

/**
 * The list's filters; null means any.
 *
 * @param text a search: part of the organ's or the file's name
 * @param batch only the reports of this batch
 */
public record ReportFilter(ReportStatus status, String organ, Integer year, String rule, String text, UUID batch) {

    public static ReportFilter any() {
        return new ReportFilter(null, null, null, null, null, null);
    }
}

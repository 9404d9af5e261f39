package cn.nianbao.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a report stands. queued and processing are the queue; the others are outcomes. */
public enum ReportStatus {
    QUEUED, PROCESSING, NEEDS_REVIEW, CLEAN, APPROVED, FAILED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this != QUEUED && this != PROCESSING;
    }

    public static Optional<ReportStatus> parse(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}

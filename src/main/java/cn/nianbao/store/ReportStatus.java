package cn.nianbao.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a report stands. queued and processing are the queue; the others are outcomes. */
public enum ReportStatus {
    QUEUED("排队中"), PROCESSING("处理中"), NEEDS_REVIEW("待审核"), CLEAN("无问题"), APPROVED("已审核通过"),
    FAILED("处理失败");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    /** The status as the UI and the exports name it. */
    public String label() {
        return label;
    }

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

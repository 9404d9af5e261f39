package cn.nianbao.jobs;

import cn.nianbao.result.ExtractionResult;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code nianbao_seconds_per_page{method=…}}: how long a page takes by the way it was read (docx, html,
 * text, pdf-text, ocr, mixed) — the number that tells whether a queue of scans will clear in time.
 */
@Component
public class ExtractionTimings {
    private final MeterRegistry registry;

    public ExtractionTimings(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(ExtractionResult result, double seconds) {
        if (result.source() == null || result.source().method() == null) {
            return;
        }
        int pages = result.source().pages() == null ? 1 : Math.max(1, result.source().pages());
        DistributionSummary.builder("nianbao.seconds.per.page").tag("method", result.source().method())
                .description("extraction seconds per page, by how the document was read")
                .register(registry).record(seconds / pages);
    }
}

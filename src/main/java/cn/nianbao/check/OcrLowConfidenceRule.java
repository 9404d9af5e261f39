package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.List;

/** A cell read by OCR less surely than the threshold: a person should look at the image. */
public final class OcrLowConfidenceRule implements Rule {
    private final double threshold;

    public OcrLowConfidenceRule(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        return form.cells().stream()
                .filter(c -> c.isOcr() && c.getConfidence() != null && c.getConfidence() < threshold)
                .map(c -> new Finding("ocr_low_confidence", Severity.WARNING, List.of(c.getKey()),
                        "文字识别对“" + (c.getRaw() == null ? "" : c.getRaw().strip()) + "”把握不大（置信度 "
                                + Math.round(c.getConfidence() * 100) + "%），请对照原件核对。"))
                .toList();
    }
}

package cn.nianbao.web;

import cn.nianbao.result.Cell;
import cn.nianbao.review.evidence.Evidence;
import cn.nianbao.review.evidence.EvidenceFinder;
import cn.nianbao.review.evidence.ImageEvidence;
import cn.nianbao.review.evidence.LinesEvidence;
import cn.nianbao.review.evidence.RowEvidence;
import cn.nianbao.store.ReportStore;
import cn.nianbao.store.StoredFile;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The evidence beside a selected cell. For a page (PDF, scan) the report page only links the image, which
 * {@link #image} renders when the browser asks for it; a row or lines of text are read from the source at once.
 */
@Component
class EvidenceViews {
    private final ReportStore store;
    private final EvidenceFinder finder;

    EvidenceViews(ReportStore store, EvidenceFinder finder) {
        this.store = store;
        this.finder = finder;
    }

    EvidenceView of(UUID report, String mediaType, Cell cell) {
        if (cell.getOrigin() == null) {
            return EvidenceView.none("原文中没有这个单元格（表格缺失或不完整），请对照原件补录。");
        }
        if (cell.getOrigin().page() != null && paged(mediaType)) {
            String url = UriComponentsBuilder.fromPath("/reports/{id}/evidence/{key}")
                    .buildAndExpand(report, cell.getKey()).encode().toUriString();
            return new EvidenceView("第 " + cell.getOrigin().page() + " 页", url, null, null);
        }
        Optional<Evidence> found = store.file(report).flatMap(f -> finder.find(f, cell));
        if (found.isEmpty()) {
            return EvidenceView.none("无法在原文中定位（" + Origins.describe(cell.getOrigin()) + "）");
        }
        if (found.get() instanceof RowEvidence row) {
            List<CellPanel.EvidenceText> texts = IntStream.range(0, row.cells().size())
                    .mapToObj(i -> new CellPanel.EvidenceText("", row.cells().get(i), i == row.marked())).toList();
            return new EvidenceView(row.caption(), null, texts, null);
        }
        if (found.get() instanceof LinesEvidence lines) {
            List<CellPanel.EvidenceText> texts = lines.lines().stream().map(l -> new CellPanel.EvidenceText(
                    Integer.toString(l.number()), l.text(), l.number() == lines.marked())).toList();
            return new EvidenceView(lines.caption(), null, null, texts);
        }
        return new EvidenceView(found.get().caption(), null, null, null);
    }

    /** The PNG of the page region around a cell, if the source is paged and the cell was found on it. */
    Optional<byte[]> image(UUID report, Cell cell) {
        Optional<StoredFile> file = store.file(report);
        return file.flatMap(f -> finder.find(f, cell)).filter(e -> e instanceof ImageEvidence)
                .map(e -> ((ImageEvidence) e).png());
    }

    private static boolean paged(String mediaType) {
        return mediaType != null && (mediaType.equals("application/pdf") || mediaType.startsWith("image/"));
    }
}

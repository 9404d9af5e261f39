package cn.nianbao.review.evidence;

import static cn.nianbao.review.evidence.EvidenceFiles.FINDER;
import static cn.nianbao.review.evidence.EvidenceFiles.cell;
import static cn.nianbao.review.evidence.EvidenceFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.document.Origin;
import cn.nianbao.review.evidence.LinesEvidence.Line;
import cn.nianbao.store.StoredFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Table rows of Word and HTML reports. The origins are those extraction gives seed 004's cells (table, row
 * and grid column from 0); the expected texts are copied from the documents by hand.
 */
class RowEvidenceTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final StoredFile SEED_004_DOCX = fixture("seeds/004.docx", DOCX);
    private static final StoredFile SEED_004_HTML = fixture("seeds/004.html", "text/html");

    @Test
    void aDocxCellShowsItsRow() {
        RowEvidence row = row(FINDER.find(SEED_004_DOCX,
                cell("requests.new_received.total", Origin.tableCell(1, 3, 9))));

        assertThat(row.cells()).containsExactly("一、本年新收政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0");
        assertThat(row.marked()).isEqualTo(7);
        assertThat(row.caption()).isEqualTo("第 2 张表 第 4 行");
        assertThat(row.table()).isEqualTo(2);
        assertThat(row.row()).isEqualTo(4);
    }

    @Test
    void labelsMergedDownFromRowsAboveAreShownWithTheRow() {
        RowEvidence row = row(FINDER.find(SEED_004_DOCX,
                cell("requests.denied_state_secret.natural_person", Origin.tableCell(1, 7, 3))));

        assertThat(row.cells()).containsExactly("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密",
                "0", "0", "0", "0", "0", "0", "0");
        assertThat(row.marked()).isEqualTo(3);
    }

    @Test
    void theFirstTableCountsAsTableOne() {
        RowEvidence row = row(FINDER.find(SEED_004_DOCX,
                cell("active.art20_1_rules.new_published", Origin.tableCell(0, 2, 2))));

        assertThat(row.cells()).containsExactly("规章", "0", "0", "0");
        assertThat(row.marked()).isEqualTo(2);
        assertThat(row.caption()).isEqualTo("第 1 张表 第 3 行");
    }

    @Test
    void anHtmlCellShowsItsRow() {
        RowEvidence row = row(FINDER.find(SEED_004_HTML,
                cell("requests.granted.total", Origin.tableCell(1, 5, 9))));

        assertThat(row.cells()).containsExactly("三、本年度办理结果", "（一）予以公开", "0", "0", "0", "0", "0", "0", "0");
        assertThat(row.marked()).isEqualTo(8);
        RowEvidence appeals = row(FINDER.find(SEED_004_HTML, cell("appeals.review.upheld", Origin.tableCell(2, 0, 0))));
        assertThat(appeals.cells()).hasSize(15).containsOnly("0");
        assertThat(appeals.marked()).isZero();
    }

    @Test
    void aDocCellShowsItsRow() {
        StoredFile doc = fixture("readers/merged.doc", "application/msword");

        RowEvidence row = row(FINDER.find(doc, cell("k", Origin.tableCell(0, 4, 2))));

        assertThat(row.cells()).containsExactly("三、本年度办理结果", "3", "1", "4");
        assertThat(row.marked()).isEqualTo(2);
    }

    @Test
    void aValueInAParagraphShowsTheParagraphsAroundIt() {
        // Paragraph indices count the body's empty paragraphs too (004.docx has one between its tables).
        LinesEvidence lines = (LinesEvidence) FINDER.find(SEED_004_DOCX, cell("k", Origin.paragraph(16))).orElseThrow();

        assertThat(lines.marked()).isEqualTo(17);
        assertThat(lines.caption()).isEqualTo("第 17 段");
        assertThat(lines.lines()).contains(
                new Line(17, "(一) 政务公开工作人员力量不够，身兼多职，且业务水平不够，对上级部门文件的要求理解不够，影响了工作的推进。"),
                new Line(16, "五、存在的主要问题及改进情况"));
    }

    @Test
    void aRowOrTableOrParagraphTheDocumentDoesNotHaveGivesNoEvidence() {
        assertThat(FINDER.find(SEED_004_DOCX, cell("k", Origin.tableCell(1, 40, 3)))).isEmpty();
        assertThat(FINDER.find(SEED_004_DOCX, cell("k", Origin.tableCell(7, 3, 3)))).isEmpty();
        assertThat(FINDER.find(SEED_004_DOCX, cell("k", Origin.tableCell(1, 3, 40)))).isEmpty();
        assertThat(FINDER.find(SEED_004_HTML, cell("k", Origin.paragraph(900)))).isEmpty();
        // A merged-away place: row 8's first column belongs to 三、本年度办理结果 above.
        assertThat(FINDER.find(SEED_004_DOCX, cell("k", Origin.tableCell(1, 8, 0)))).isEmpty();
    }

    @Test
    void aCellWithoutOriginOrAFileOfAnotherFormatGivesNoEvidence() {
        assertThat(FINDER.find(SEED_004_DOCX, cell("k", null))).isEmpty();
        StoredFile pdf = fixture("seeds/004.pdf", "application/pdf");
        assertThat(FINDER.find(pdf, cell("k", Origin.tableCell(1, 3, 9)))).isEmpty();
        assertThat(FINDER.page(SEED_004_DOCX, 1)).isEmpty();
    }

    private static RowEvidence row(Optional<Evidence> evidence) {
        assertThat(evidence).get().isInstanceOf(RowEvidence.class);
        return (RowEvidence) evidence.orElseThrow();
    }
}

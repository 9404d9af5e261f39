package cn.nianbao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.api.ServiceClient;
import cn.nianbao.ingest.ReportIntake;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.ResultJson;
import cn.nianbao.store.AuditStore;
import cn.nianbao.store.CheckBasisJson;
import cn.nianbao.store.ReportRecord;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reviewer's changes on real seed reports, checked again at once: the expected findings are those the seeds'
 * numbers give by hand (fixtures/seeds/001.txt: 2 new requests, 1 granted, 1 repeat; 004.txt: 三 lost after row 5).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "nianbao.jobs.poll-interval=100ms", "nianbao.inbox-watch.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReviewServiceTest {
    private static final Path DATA = ServiceClient.dataDir("nianbao-review-test");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("nianbao.data-dir", DATA::toString);
    }

    @Autowired
    private ReportIntake intake;
    @Autowired
    private ReportStore reports;
    @Autowired
    private AuditStore audit;
    @Autowired
    private ReviewService review;
    @Autowired
    private Recheck recheck;

    @Test
    void correctingTheTableToTheNarrativeTradesTheConflictForBrokenSums() throws Exception {
        UUID id = extracted("fixtures/seeds/001.txt");
        ReviewOutcome outcome = review.correct(id, revision(id), "张三", "requests.new_received.total", "0",
                "正文称未收到申请");

        assertThat(outcome.resolved()).extracting(Finding::rule).containsExactly("narrative_conflict");
        // 自然人 2 ≠ 总计 0 (row_total); 一+二 = 0 ≠ 三（七）+四 = 2 in 总计 (balance).
        assertThat(outcome.raised()).extracting(Finding::rule).containsExactlyInAnyOrder("row_total", "balance");
        Cell total = cell(stored(id), "requests.new_received.total");
        assertThat(total.getValue()).isEqualByComparingTo("0");
        assertThat(total.getState()).isEqualTo(CellState.CORRECTED);
        assertThat(total.getRaw()).isEqualTo("2");

        AuditEntry change = audit.forReport(id).stream().filter(e -> e.action().equals(AuditEntry.CELL))
                .findFirst().orElseThrow();
        assertThat(change).extracting(AuditEntry::actor, AuditEntry::cellKey, AuditEntry::oldValue,
                        AuditEntry::oldState, AuditEntry::newValue, AuditEntry::newState, AuditEntry::reason)
                .containsExactly("张三", "requests.new_received.total", "2", "ok", "0", "corrected", "正文称未收到申请");
    }

    @Test
    void approvalWithErrorsLeftNeedsAReasonAndIsAudited() throws Exception {
        UUID id = extracted("fixtures/cases/count-conflict.txt");
        review.correct(id, revision(id), "张三", "requests.new_received.natural_person", "5", "测试错误");
        assertThat(stored(id).findings()).anyMatch(f -> f.severity() == cn.nianbao.result.Severity.ERROR);

        assertThatThrownBy(() -> review.approve(id, revision(id), "李四", " "))
                .isInstanceOf(ReviewRefused.class).hasMessageContaining("请填写理由");
        review.approve(id, revision(id), "李四", "原件如此，已电话核实");

        assertThat(reports.find(id).orElseThrow().status()).isEqualTo(ReportStatus.APPROVED);
        AuditEntry last = audit.forReport(id).get(audit.forReport(id).size() - 1);
        assertThat(last.action()).isEqualTo(AuditEntry.STATUS);
        assertThat(last.newValue()).isEqualTo("approved");
        assertThat(last.reason()).startsWith("带 ").contains("原件如此，已电话核实");
    }

    @Test
    void aStaleRevisionIsRefusedAndChangesNothing() throws Exception {
        UUID id = extracted("fixtures/seeds/002.txt");
        int seen = revision(id);
        review.correct(id, seen, "张三", "requests.carried_over.total", "0", "核对无误");
        String before = reports.resultJson(id).orElseThrow();

        assertThatThrownBy(() -> review.correct(id, seen, "李四", "requests.carried_over.total", "7", "晚一步"))
                .isInstanceOf(ReviewRefused.class)
                .extracting(e -> ((ReviewRefused) e).kind()).isEqualTo(ReviewRefused.Kind.CONFLICT);
        assertThat(reports.resultJson(id).orElseThrow()).isEqualTo(before);
        assertThat(audit.forReport(id)).noneMatch(e -> "李四".equals(e.actor()));
    }

    @Test
    void confirmingTheInferredRowsOf004InOneClickClearsTheMissingFinding() throws Exception {
        UUID id = extracted("fixtures/seeds/004.txt");
        ExtractionResult before = stored(id);
        int missing = indexOf(before, "missing");
        long inferred = before.cells().stream().filter(c -> c.getState() == CellState.INFERRED).count();
        assertThat(inferred).isPositive();

        ReviewOutcome outcome = review.confirmInferred(id, revision(id), "张三", missing);

        assertThat(outcome.resolved()).extracting(Finding::rule).contains("missing");
        assertThat(outcome.result().cells()).noneMatch(c -> c.getState() == CellState.INFERRED);
        // Every row of 三 after 5.属于三类内部事务信息 is 0: the report's new and carried-over requests are all 0.
        assertThat(cell(outcome.result(), "requests.results_total.total").getValue()).isEqualByComparingTo("0");
        assertThat(audit.forReport(id).stream().filter(e -> e.action().equals(AuditEntry.CELL)).count())
                .isEqualTo(inferred);
    }

    @Test
    void anOcrRepairSuggestionIsAcceptedInOneClick() throws Exception {
        // 2021-full's 新收 row is 38/9/1/0/3/2/53; here OCR is made to have read 自然人 38 as 88, with 38 as its
        // second reading, as a scan would.
        UUID id = extracted("fixtures/cases/2021-full.txt");
        ExtractionResult clean = stored(id);
        Cell misread = cell(clean, "requests.new_received.natural_person");
        assertThat(misread.getValue()).isEqualByComparingTo("38");
        misread.set(new BigDecimal("88"), "88", CellState.OK, 0.6, misread.getOrigin());
        misread.readByOcr(List.of("38"));
        ExtractionResult scanned = recheck.run(clean, reports.checkBasis(id).map(CheckBasisJson::read).orElseThrow());
        reports.saveResult(id, scanned, ResultJson.write(scanned));
        int rowTotal = indexOf(scanned, "row_total");
        assertThat(scanned.findings().get(rowTotal).suggestion().values())
                .containsExactly(Map.entry("requests.new_received.natural_person", new BigDecimal("38")));

        ReviewOutcome outcome = review.acceptSuggestion(id, revision(id), "张三", rowTotal);

        assertThat(outcome.resolved()).extracting(Finding::rule).contains("row_total", "balance");
        assertThat(outcome.result().findings()).noneMatch(f -> f.rule().equals("row_total") || f.rule().equals("balance"));
        Cell repaired = cell(outcome.result(), "requests.new_received.natural_person");
        assertThat(repaired.getValue()).isEqualByComparingTo("38");
        assertThat(repaired.getState()).isEqualTo(CellState.CORRECTED);
        assertThat(audit.forReport(id)).anyMatch(e -> e.action().equals(AuditEntry.CELL) && e.oldValue().equals("88")
                && e.newValue().equals("38") && e.reason().startsWith("采纳修改建议"));
    }

    @Test
    void aValueThatIsNotANumberIsRefusedInWords() throws Exception {
        UUID id = extracted("fixtures/seeds/003.txt");
        assertThatThrownBy(() -> review.correct(id, revision(id), "张三", "requests.new_received.total", "十二", "x"))
                .isInstanceOf(ReviewRefused.class).hasMessageContaining("不是数字");
        assertThatThrownBy(() -> review.correct(id, revision(id), "张三", "requests.new_received.total", "12", ""))
                .isInstanceOf(ReviewRefused.class).hasMessageContaining("理由");
        assertThat(audit.forReport(id)).noneMatch(e -> e.action().equals(AuditEntry.CELL));
        assertThat(review.correct(id, revision(id), "张三", "requests.new_received.total", "１,２", "全角")
                .result().cells()).anyMatch(c -> c.getKey().equals("requests.new_received.total")
                && c.getValue().compareTo(new BigDecimal("12")) == 0);
    }

    private UUID extracted(String file) throws IOException, InterruptedException {
        Path path = Path.of(file);
        UUID id = intake.receive(path.getFileName().toString(), Files.readAllBytes(path), ReportIntake.UPLOAD).id();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!reports.find(id).map(ReportRecord::status).orElseThrow().finished()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
        return id;
    }

    private int revision(UUID id) {
        return reports.find(id).orElseThrow().revision();
    }

    private ExtractionResult stored(UUID id) {
        return ResultJson.read(reports.resultJson(id).orElseThrow());
    }

    private static int indexOf(ExtractionResult result, String rule) {
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).rule().equals(rule)) {
                return i;
            }
        }
        throw new AssertionError("no " + rule + " finding");
    }

    private static Cell cell(ExtractionResult result, String key) {
        return result.cells().stream().filter(c -> c.getKey().equals(key)).findFirst().orElseThrow();
    }
}

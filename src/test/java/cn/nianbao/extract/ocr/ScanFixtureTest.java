package cn.nianbao.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.check.Checker;
import cn.nianbao.document.Block;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.extract.FormatDetector;
import cn.nianbao.extract.PageRecognizer;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.ReaderRegistry;
import cn.nianbao.extract.ocr.worker.OcrIsolation;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.map.HeuristicMapper;
import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.pipeline.Limits;
import cn.nianbao.result.Cell;
import cn.nianbao.result.CellState;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.SourceInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scans of fixtures/scans through the whole pipeline (image reader, OCR, mapper), against the cells
 * each page shows, copied by hand from the reports' expected files. Almost every cell must be right, and
 * every wrong one must be flagged for review. The pages are read two at a time, as a server would, by the
 * recognizer the service uses (OCR worker processes unless NIANBAO_OCR_ISOLATION=in-process).
 */
class ScanFixtureTest {
    private static final Path SCANS = Path.of("fixtures", "scans");
    private static final double MIN_RIGHT = 0.995;
    /** Flagging every cell would flag every wrong one too: right cells sent to review must stay rare. */
    private static final double MAX_FALSE_ALARMS = 0.05;

    private static OcrSettings settings;
    private static PageRecognizer recognizer;
    private static ImageReader images;
    private static ExtractionPipeline pipeline;
    /** The blocks OCR gave for the page the current thread reads, to check what the mapper does not show. */
    private static final ThreadLocal<List<Block>> BLOCKS = ThreadLocal.withInitial(ArrayList::new);

    @BeforeAll
    static void startEngines() {
        settings = OcrSettings.load();
        recognizer = OcrIsolation.fromEnvironment().recognizer(settings);
        PageRecognizer recording = (page, number, dpi) -> {
            List<Block> blocks = recognizer.recognize(page, number, dpi);
            BLOCKS.get().addAll(blocks);
            return blocks;
        };
        images = new ImageReader(recording, settings, 200);
        pipeline = new ExtractionPipeline(new FormatDetector(), new ReaderRegistry(List.of(images)),
                FormCatalog.standard(), new HeuristicMapper(), Checker.standard(settings.confidenceThreshold()),
                Limits.fromEnvironment());
    }

    @Test
    void scansGiveTheHandWrittenCellsAndFlagEveryWrongOne() throws Exception {
        List<Path> scans;
        try (Stream<Path> files = Files.list(SCANS)) {
            scans = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        assertThat(scans).as("scan fixtures").hasSizeGreaterThanOrEqualTo(3);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (Path scan : scans) {
            outcomes.add(pool.submit(() -> read(scan)));
        }
        pool.shutdown();
        int cells = 0;
        int falseAlarms = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unflagged = new ArrayList<>();
        for (Future<Outcome> future : outcomes) {
            Outcome outcome = future.get();
            System.out.printf("%s: %d/%d cells right, %d right ones flagged, %.1f s%n", outcome.name(),
                    outcome.cells() - outcome.wrong().size(), outcome.cells(), outcome.falseAlarms(), outcome.seconds());
            cells += outcome.cells();
            falseAlarms += outcome.falseAlarms();
            wrong.addAll(outcome.wrong());
            unflagged.addAll(outcome.unflagged());
        }
        assertThat(unflagged).as("wrong cells without a finding (threshold %s)", settings.confidenceThreshold())
                .isEmpty();
        assertThat(cells - wrong.size()).as("cells right of %d; wrong: %s", cells, wrong)
                .isGreaterThanOrEqualTo((int) Math.ceil(MIN_RIGHT * cells));
        assertThat(falseAlarms).as("right cells below the confidence threshold").isLessThanOrEqualTo(
                (int) (MAX_FALSE_ALARMS * cells));
    }

    private static Outcome read(Path scan) throws IOException, ReadException {
        String name = scan.getFileName().toString();
        BLOCKS.get().clear();
        long start = System.nanoTime();
        // Read here rather than through pipeline.extract(bytes), whose worker thread would keep the blocks.
        SourceDocument document = images.read(Files.readAllBytes(scan), name);
        ExtractionResult result = pipeline.extract(document, new SourceInfo(name, null, ImageReader.JPEG,
                document.pages(), document.method()));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.error()).as(name).isNull();
        assertThat(result.source().method()).isEqualTo("ocr");
        JsonNode page = new ObjectMapper().readTree(SCANS.resolve(name.replace(".jpg", ".expected-cells.json")).toFile());
        checkLayout(name, page, BLOCKS.get());
        Map<String, Cell> byKey = result.cells().stream().collect(Collectors.toMap(Cell::getKey, Function.identity()));
        Set<String> findingCells = result.findings().stream().flatMap(f -> f.cells().stream()).collect(Collectors.toSet());
        JsonNode expected = page.get("rows");
        int cells = 0;
        int falseAlarms = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unflagged = new ArrayList<>();
        for (Map.Entry<String, JsonNode> row : expected.properties()) {
            List<String> columnKeys = columnKeys(result, row.getKey());
            assertThat(columnKeys).as("columns of %s", row.getKey()).hasSize(row.getValue().size());
            for (int i = 0; i < columnKeys.size(); i++) {
                cells++;
                Cell cell = byKey.get(columnKeys.get(i));
                BigDecimal want = row.getValue().get(i).decimalValue();
                // Missing and inferred cells go to review by their state; read ones by a finding on them
                // (ocr_low_confidence, or an identity that fails).
                boolean flagged = cell.getState() == CellState.MISSING || cell.getState() == CellState.INFERRED
                        || findingCells.contains(cell.getKey());
                if (cell.getState() == CellState.OK && cell.getValue().compareTo(want) == 0) {
                    falseAlarms += flagged ? 1 : 0;
                    continue;
                }
                String what = name + " " + cell.getKey() + "=" + cell.getRaw() + " (" + cell.getState() + ", "
                        + cell.getConfidence() + "; want " + want + ")";
                wrong.add(what);
                if (!flagged) {
                    unflagged.add(what);
                }
            }
        }
        return new Outcome(name, cells, wrong, unflagged, falseAlarms, seconds);
    }

    /** The page's tables, and its section headings as paragraphs of their own in reading order (the mapper needs them). */
    private static void checkLayout(String name, JsonNode page, List<Block> blocks) {
        assertThat(blocks.stream().filter(Table.class::isInstance).count()).as("tables on %s", name)
                .isEqualTo(page.get("tables").asLong());
        List<String> paragraphs = blocks.stream().filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text()).toList();
        List<String> headings = new ArrayList<>();
        page.get("headings").forEach(h -> headings.add(h.asText()));
        assertThat(paragraphs).as("paragraphs of %s", name).containsSubsequence(headings);
    }

    /** The keys of a row's cells in the form's column order, which is the order of the result's cells. */
    private static List<String> columnKeys(ExtractionResult result, String rowKey) {
        return result.cells().stream().map(Cell::getKey)
                .filter(k -> k.startsWith(rowKey + ".") && k.indexOf('.', rowKey.length() + 1) < 0).toList();
    }

    private record Outcome(String name, int cells, List<String> wrong, List<String> unflagged, int falseAlarms,
                           double seconds) {
    }
}

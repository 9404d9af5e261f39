package cn.nianbao.pipeline;

import cn.nianbao.check.CheckBasis;
import cn.nianbao.check.CheckContext;
import cn.nianbao.check.Checker;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.FormatDetector;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.ReaderRegistry;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.map.FilledForm;
import cn.nianbao.map.HeuristicMapper;
import cn.nianbao.map.Mapper;
import cn.nianbao.map.ReportMetaReader;
import cn.nianbao.map.VersionDetector;
import cn.nianbao.map.VersionGuess;
import cn.nianbao.map.llm.AssistedMapper;
import cn.nianbao.map.llm.LlmSettings;
import cn.nianbao.map.llm.MetaAssistant;
import cn.nianbao.result.Cell;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.Finding;
import cn.nianbao.result.LlmUsage;
import cn.nianbao.result.ReportMeta;
import cn.nianbao.result.SourceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data's whole path for one file: detect → read → map → check → result. Never throws for a bad file:
 * whatever goes wrong becomes the result's {@code error}, in plain words.
 */
public final class ExtractionPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionPipeline.class);
    private static final String INTERNAL_ERROR = "处理该文件时出现内部错误，已记录；请将文件反馈给维护人员。";

    private final FormatDetector detector;
    private final ReaderRegistry readers;
    private final VersionDetector versions;
    private final ReportMetaReader metaReader = new ReportMetaReader();
    private final Mapper mapper;
    private final Checker checker;
    private final Limits limits;
    private final MetaAssistant metaAssistant;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "nianbao-extract");
        thread.setDaemon(true);
        return thread;
    });

    public ExtractionPipeline(FormatDetector detector, ReaderRegistry readers, FormCatalog catalog, Mapper mapper,
                              Checker checker, Limits limits) {
        this(detector, readers, catalog, mapper, checker, limits, null);
    }

    /** @param metaAssistant asks an LLM for the organ and year the heuristics did not find; null for none */
    public ExtractionPipeline(FormatDetector detector, ReaderRegistry readers, FormCatalog catalog, Mapper mapper,
                              Checker checker, Limits limits, MetaAssistant metaAssistant) {
        this.metaAssistant = metaAssistant;
        this.detector = detector;
        this.readers = readers;
        this.versions = new VersionDetector(catalog);
        this.mapper = mapper;
        this.checker = checker;
        this.limits = limits;
    }

    public static ExtractionPipeline standard() {
        return standard(Limits.fromEnvironment());
    }

    public static ExtractionPipeline standard(Limits limits) {
        return standard(limits, new FormatDetector());
    }

    /**
     * With a detector shared with the rest of the application (building one costs hundreds of ms). LLM-assisted
     * mapping is on only when the environment names an endpoint (NIANBAO_LLM_BASE_URL).
     */
    public static ExtractionPipeline standard(Limits limits, FormatDetector detector) {
        return standard(limits, detector, LlmSettings.fromEnvironment().orElse(null));
    }

    /** @param llm where to ask an LLM about what the heuristics left, or null for the heuristics alone */
    public static ExtractionPipeline standard(Limits limits, FormatDetector detector, LlmSettings llm) {
        OcrSettings ocr = OcrSettings.load();
        Mapper mapper = llm == null ? new HeuristicMapper() : new AssistedMapper(new HeuristicMapper(), llm);
        return new ExtractionPipeline(detector, ReaderRegistry.standard(limits.maxPages(), limits.maxTextBytes(), ocr,
                limits.timeLimit()),
                FormCatalog.standard(), mapper, Checker.standard(ocr.confidenceThreshold()), limits,
                llm == null ? null : new MetaAssistant(llm));
    }

    /** Extracts one file within the time limit; past it the work is interrupted and the result says so. */
    public ExtractionResult extract(byte[] content, String fileName) {
        Future<ExtractionResult> work = workers.submit(() -> extractNow(content, fileName));
        try {
            return work.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            return ExtractionResult.failed(new SourceInfo(fileName, Hashes.sha256(content), null, null, null),
                    "处理超时：超过每份文件 " + limits.timeLimit().toSeconds() + " 秒的上限，已停止。");
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return ExtractionResult.failed(new SourceInfo(fileName, null, null, null, null), "处理被中断。");
        } catch (ExecutionException e) {
            LOG.warn("extraction of {} failed", fileName, e.getCause());
            return ExtractionResult.failed(new SourceInfo(fileName, null, null, null, null), INTERNAL_ERROR);
        }
    }

    private ExtractionResult extractNow(byte[] content, String fileName) {
        String sha256 = Hashes.sha256(content);
        if (content.length == 0) {
            return ExtractionResult.failed(new SourceInfo(fileName, sha256, null, null, null), "文件为空（0 字节），没有可读取的内容。");
        }
        String mediaType = detector.detect(content, fileName);
        SourceInfo unread = new SourceInfo(fileName, sha256, mediaType, null, null);
        DocumentReader reader = readers.readerFor(mediaType).orElse(null);
        if (reader == null) {
            return ExtractionResult.failed(unread, UnsupportedFormat.message(fileName, mediaType));
        }
        try {
            SourceDocument document = reader.read(content, fileName);
            return extract(document, new SourceInfo(fileName, sha256, mediaType, document.pages(), document.method(),
                    document.pageMethods()));
        } catch (ReadException e) {
            return ExtractionResult.failed(unread, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("extraction of {} failed", fileName, e);
            return ExtractionResult.failed(unread, INTERNAL_ERROR);
        }
    }

    /** Maps and checks a document already read. */
    public ExtractionResult extract(SourceDocument document, SourceInfo source) {
        MetaAssistant.Completion named = metaAssistant == null
                ? new MetaAssistant.Completion(metaReader.read(document), Optional.empty(), null)
                : metaAssistant.complete(document, metaReader.read(document));
        ReportMetaReader.Meta meta = named.meta();
        VersionGuess guess = versions.detect(document, meta.years().year());
        FilledForm form = mapper.map(document, guess.version());
        if (form.cells().stream().allMatch(Cell::lostInSource)) {
            return ExtractionResult.failed(source, NotAReport.message(document));
        }
        CheckContext context = CheckContext.of(document, meta, guess);
        List<Finding> findings = new ArrayList<>(checker.check(form, context));
        named.finding().ifPresent(findings::add);
        ReportMeta report = new ReportMeta(meta.organ(), meta.years().year(), guess.version().id(), meta.region());
        return new ExtractionResult(source, report, List.copyOf(form.cells()), List.copyOf(form.extras()), findings,
                Status.of(findings, form.cells()), null, CheckBasis.of(context),
                LlmUsage.sum(named.usage(), form.llmUsage()));
    }
}

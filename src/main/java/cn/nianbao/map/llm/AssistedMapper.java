package cn.nianbao.map.llm;

import cn.nianbao.document.Origin;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.TableCell;
import cn.nianbao.form.CellSpec;
import cn.nianbao.form.FormVersion;
import cn.nianbao.map.FilledForm;
import cn.nianbao.map.Mapper;
import cn.nianbao.map.ParsedValue;
import cn.nianbao.map.ValueParser;
import cn.nianbao.result.Cell;
import cn.nianbao.result.LlmUsage;
import io.micrometer.core.instrument.Metrics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heuristic mapper, then an LLM for what it left: only where cells were lost in the source AND rows
 * with values were left over, the model is asked which open cell each left-over token belongs to. Its
 * answer is used only when every entry checks out against the source ({@link ReplyCheck}); the cells then
 * carry origin {@code via: llm} and go through the checker like any other. Anything else — no endpoint
 * reachable, a timeout, a bad reply — leaves the heuristic result exactly as it was.
 */
public final class AssistedMapper implements Mapper {
    private static final Logger LOG = LoggerFactory.getLogger(AssistedMapper.class);
    private static final int CACHE_ENTRIES = 512;
    /** Verified tokens, but placed by a model: lower than any heuristic match would give. */
    private static final double CONFIDENCE = 0.5;

    private final Mapper heuristic;
    private final LlmSettings settings;
    private final LlmChat chat;
    private final ReplyCache cache = new ReplyCache(CACHE_ENTRIES);

    public AssistedMapper(Mapper heuristic, LlmSettings settings) {
        this.heuristic = heuristic;
        this.settings = settings;
        this.chat = LlmChat.of(settings);
    }

    @Override
    public FilledForm map(SourceDocument document, FormVersion version) {
        FilledForm form = heuristic.map(document, version);
        List<Gap> gaps = Gap.of(document, form);
        if (gaps.isEmpty()) {
            return form;
        }
        LlmUsage usage = LlmUsage.NONE;
        for (Gap gap : gaps) {
            Fragment fragment = new Fragment(gap.rows());
            if (fragment.isEmpty()) {
                continue;
            }
            MappingPrompt prompt = MappingPrompt.of(gap, fragment);
            String key = prompt.cacheKey(settings.model());
            Optional<ChatReply> reply = cache.get(key);
            if (reply.isPresent()) {
                usage = usage.plusCached();
            } else if (usage.calls() >= settings.maxCalls()) {
                LOG.info("LLM call budget of {} per document spent; table {} stays as the heuristics left it",
                        settings.maxCalls(), gap.table().key());
                continue;
            } else {
                reply = ask(prompt, gap);
                usage = usage.plusCall(reply.map(ChatReply::tokens).orElse(0L));
                reply.ifPresent(r -> cache.put(key, r));
            }
            reply.ifPresent(r -> use(r, gap, fragment, form));
        }
        form.consultedLlm(usage);
        return form;
    }

    private Optional<ChatReply> ask(MappingPrompt prompt, Gap gap) {
        try {
            ChatReply reply = chat.ask(prompt);
            Metrics.counter("nianbao.llm.calls", "outcome", "reply").increment();
            Metrics.counter("nianbao.llm.tokens").increment(reply.tokens());
            return Optional.of(reply);
        } catch (RuntimeException e) {
            // Timeouts, refused connections, HTTP errors: the heuristic result stands.
            Metrics.counter("nianbao.llm.calls", "outcome", "failed").increment();
            LOG.warn("LLM call for table {} failed, ignored: {}", gap.table().key(), e.toString());
            return Optional.empty();
        }
    }

    private static void use(ChatReply reply, Gap gap, Fragment fragment, FilledForm form) {
        ReplyCheck.Outcome outcome = ReplyCheck.check(reply.text(), gap, fragment);
        if (!outcome.accepted()) {
            LOG.warn("LLM reply for table {} ignored: {}", gap.table().key(), outcome.refusal());
            return;
        }
        for (Map.Entry<CellSpec, TableCell> placement : outcome.placements().entrySet()) {
            CellSpec spec = placement.getKey();
            TableCell source = placement.getValue();
            ParsedValue parsed = ValueParser.parse(source.text(), spec.kind());
            Origin where = source.origin() != null ? source.origin()
                    : new Origin(null, null, null, null, null, null, null);
            Cell cell = form.cell(spec.key());
            cell.set(parsed.value(), parsed.raw(), parsed.state(), CONFIDENCE, where.placedBy(Origin.VIA_LLM));
        }
        // A row with a label the form does not know was kept as an extra; once every value of it is placed, it is not one.
        for (int r : fragment.rowsAllUsed(outcome.placements().values())) {
            form.placedExtra(gap.rows().get(r).row());
        }
        LOG.info("LLM placed {} cells of table {}", outcome.placements().size(), gap.table().key());
    }
}

package cn.nianbao.map.llm;

import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.map.ReportMetaReader;
import cn.nianbao.map.YearEvidence;
import cn.nianbao.result.Finding;
import cn.nianbao.result.LlmUsage;
import cn.nianbao.result.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the LLM for the publishing organ and the year when the heuristics found neither in the title nor the
 * contact line. The answer is used only if the organ is written word for word in the text the model was
 * shown and the year stands there as 「NNNN年」; either way the heuristics' own findings stay, and a used
 * answer leaves an {@code llm_mapped} warning for the reviewer.
 */
public final class MetaAssistant {
    private static final Logger LOG = LoggerFactory.getLogger(MetaAssistant.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int OPENING = 8;
    private static final int CLOSING = 4;
    private static final int MAX_ORGAN = 60;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final String SYSTEM = """
            你协助整理《政府信息公开工作年度报告》。程序未能从标题中读出发布机关或报告年度。请从给出的报告开头和结尾文字中找出：
            发布本报告的机关全称（原样照抄原文中的写法），以及报告所属的年度（四位数字）。不要推测，原文中没有的填空字符串。
            只回复 JSON：{"organ": "<机关全称>", "year": "<年度>"}，不要任何其他文字。""";

    private final LlmSettings settings;
    private final LlmChat chat;
    private final ReplyCache cache = new ReplyCache(256);

    public MetaAssistant(LlmSettings settings) {
        this.settings = settings;
        this.chat = LlmChat.of(settings);
    }

    /**
     * What the assistant made of the metadata.
     *
     * @param finding the llm_mapped warning when the model's answer was used
     */
    public record Completion(ReportMetaReader.Meta meta, Optional<Finding> finding, LlmUsage usage) {
        static Completion unchanged(ReportMetaReader.Meta meta, LlmUsage usage) {
            return new Completion(meta, Optional.empty(), usage);
        }
    }

    public Completion complete(SourceDocument document, ReportMetaReader.Meta meta) {
        boolean organMissing = meta.organ() == null;
        boolean yearMissing = meta.years().year() == null;
        if (!organMissing && !yearMissing) {
            return Completion.unchanged(meta, null);
        }
        String text = excerpt(document);
        if (text.isBlank() || settings.maxCalls() < 1) {
            return Completion.unchanged(meta, null);
        }
        MappingPrompt prompt = new MappingPrompt(SYSTEM, "报告开头和结尾：\n" + text, schema());
        String key = prompt.cacheKey(settings.model());
        Optional<ChatReply> reply = cache.get(key);
        LlmUsage usage = reply.isPresent() ? LlmUsage.NONE.plusCached() : LlmUsage.NONE;
        if (reply.isEmpty()) {
            try {
                reply = Optional.of(chat.ask(prompt));
                cache.put(key, reply.get());
            } catch (RuntimeException e) {
                LOG.warn("LLM call for the report's organ and year failed ({}); the heuristics' stand", e.toString());
            }
            usage = usage.plusCall(reply.map(ChatReply::tokens).orElse(0L));
        }
        JsonNode answer = reply.flatMap(MetaAssistant::json).orElse(null);
        String organ = field(answer, "organ").filter(o -> organMissing && verifiedOrgan(o, text)).orElse(null);
        Integer year = field(answer, "year").filter(y -> yearMissing && verifiedYear(y, text))
                .map(Integer::valueOf).orElse(null);
        if (organ == null && year == null) {
            return Completion.unchanged(meta, usage);
        }
        YearEvidence years = year == null ? meta.years() : new YearEvidence(null, null, year);
        ReportMetaReader.Meta completed = new ReportMetaReader.Meta(organ != null ? organ : meta.organ(), years,
                meta.region(), meta.title());
        List<String> named = new ArrayList<>();
        if (organ != null) {
            named.add("发布机关“" + organ + "”");
        }
        if (year != null) {
            named.add("年度 " + year);
        }
        Finding finding = new Finding("llm_mapped", Severity.WARNING, List.of(), "标题中没有"
                + String.join("和", named) + "，由大模型从正文中找出（已核对原文确有此字句），请确认。");
        return new Completion(completed, Optional.of(finding), usage);
    }

    /** The opening and closing paragraphs: where titles, leads and signatures name the organ and the year. */
    private static String excerpt(SourceDocument document) {
        List<String> paragraphs = document.blocks().stream().filter(b -> b instanceof Paragraph)
                .map(b -> ((Paragraph) b).text().strip()).filter(t -> !t.isEmpty()).toList();
        List<String> shown = new ArrayList<>(paragraphs.subList(0, Math.min(OPENING, paragraphs.size())));
        for (int i = Math.max(OPENING, paragraphs.size() - CLOSING); i < paragraphs.size(); i++) {
            shown.add(paragraphs.get(i));
        }
        return String.join("\n", shown);
    }

    private static JsonSchema schema() {
        return JsonSchema.builder().name("report_meta").rootElement(JsonObjectSchema.builder()
                .addStringProperty("organ").addStringProperty("year").required("organ", "year")
                .additionalProperties(false).build()).build();
    }

    private static Optional<JsonNode> json(ChatReply reply) {
        try {
            return Optional.ofNullable(JSON.readTree(reply.text()));
        } catch (java.io.IOException e) {
            LOG.warn("LLM reply for the report's organ and year is not JSON; ignored");
            return Optional.empty();
        }
    }

    private static Optional<String> field(JsonNode answer, String name) {
        String value = answer == null ? "" : answer.path(name).asText("").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Written word for word in what the model was shown, and shaped like a name (no sentence in it). */
    private static boolean verifiedOrgan(String organ, String text) {
        boolean ok = organ.length() <= MAX_ORGAN && text.contains(organ) && organ.codePoints().noneMatch(c ->
                Character.isWhitespace(c) || "，。；：、！？,.;:!?（）()《》“”\"".indexOf(c) >= 0);
        if (!ok) {
            LOG.warn("LLM named an organ not written as such in the report ({}); ignored", organ);
        }
        return ok;
    }

    /** Four digits, a plausible year, written in the text as that year (2022年). */
    private static boolean verifiedYear(String year, String text) {
        boolean ok = YEAR.matcher(year).matches() && Integer.parseInt(year) >= 2008
                && Integer.parseInt(year) <= Year.now().getValue() + 1 && text.contains(year + "年");
        if (!ok) {
            LOG.warn("LLM named a year not written in the report ({}); ignored", year);
        }
        return ok;
    }
}

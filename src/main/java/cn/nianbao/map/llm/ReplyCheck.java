package cn.nianbao.map.llm;

import cn.nianbao.document.TableCell;
import cn.nianbao.form.CellSpec;
import cn.nianbao.map.ParsedValue;
import cn.nianbao.map.ValueParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a reply can be used, all or nothing: a reply with one bad entry shows a model that did not
 * do what it was asked, so none of its entries is trusted. Rejected: text that is not the JSON asked for, a
 * key that is not an open cell of the gap, a value that is not a token of the fragment (an invented or
 * computed number, or a token used more often than the source has it), a value that is not a number.
 */
final class ReplyCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The accepted placements, cell to source token; or why the reply was refused. */
    record Outcome(Map<CellSpec, TableCell> placements, String refusal) {
        static Outcome refused(String why) {
            return new Outcome(Map.of(), why);
        }

        boolean accepted() {
            return refusal == null;
        }
    }

    private ReplyCheck() {
    }

    static Outcome check(String reply, Gap gap, Fragment fragment) {
        JsonNode cells;
        try {
            JsonNode root = JSON.readTree(withoutFence(reply));
            cells = root == null ? null : root.get("cells");
        } catch (JsonProcessingException e) {
            return Outcome.refused("not JSON: " + e.getOriginalMessage());
        }
        if (cells == null || !cells.isObject()) {
            return Outcome.refused("no \"cells\" object");
        }
        Map<String, CellSpec> open = new LinkedHashMap<>();
        gap.open().forEach(spec -> open.put(spec.key(), spec));
        Fragment.Tokens tokens = fragment.tokens();
        Map<CellSpec, TableCell> placements = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : cells.properties()) {
            CellSpec spec = open.get(entry.getKey());
            if (spec == null) {
                return Outcome.refused("not an open cell: " + entry.getKey());
            }
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                return Outcome.refused("not a token for " + entry.getKey() + ": " + entry.getValue());
            }
            String token = entry.getValue().asText().strip();
            TableCell source = tokens.take(token);
            if (source == null) {
                return Outcome.refused("not in the source (or used too often): " + entry.getKey() + " = " + token);
            }
            ParsedValue parsed = ValueParser.parse(source.text(), spec.kind());
            if (parsed.notANumber()) {
                return Outcome.refused("not a number: " + entry.getKey() + " = " + token);
            }
            placements.put(spec, source);
        }
        return new Outcome(placements, null);
    }

    /** Models without JSON mode like to wrap their JSON in a Markdown fence; the JSON inside is what counts. */
    private static String withoutFence(String reply) {
        String text = reply == null ? "" : reply.strip();
        if (text.startsWith("```")) {
            text = text.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        return text;
    }
}

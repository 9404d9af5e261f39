package cn.nianbao.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The form versions, loaded from {@code resources/forms}: layouts in tables.json, versions in versions.json. */
public final class FormCatalog {
    private static final FormCatalog STANDARD = load();

    private final List<FormVersion> versions;
    private final List<String> narrativeHeadings;

    private FormCatalog(List<FormVersion> versions, List<String> narrativeHeadings) {
        this.versions = List.copyOf(versions);
        this.narrativeHeadings = List.copyOf(narrativeHeadings);
    }

    /** Normalised headings of the narrative sections (一 总体情况, 五, 六), which close a table's section. */
    public List<String> narrativeHeadings() {
        return narrativeHeadings;
    }

    public static FormCatalog standard() {
        return STANDARD;
    }

    public List<FormVersion> versions() {
        return versions;
    }

    public FormVersion version(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown form version " + id));
    }

    public Optional<FormVersion> find(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    private static FormCatalog load() {
        JsonNode tablesJson = readResource("/forms/tables.json");
        Map<String, JsonNode> layouts = new HashMap<>();
        for (JsonNode table : tablesJson.get("tables")) {
            layouts.put(table.get("id").asText(), table);
        }
        List<FormVersion> versions = new ArrayList<>();
        for (JsonNode v : readResource("/forms/versions.json").get("versions")) {
            List<FormTable> tables = new ArrayList<>();
            v.get("tables").forEach(t -> tables.add(table(layouts, t.asText())));
            versions.add(new FormVersion(v.get("id").asText(), v.get("issued").asText(), intOrNull(v.get("fromYear")),
                    intOrNull(v.get("toYear")), v.path("mixed").asBoolean(false), tables));
        }
        return new FormCatalog(versions, normalized(tablesJson.get("narrativeHeadings")));
    }

    private static FormTable table(Map<String, JsonNode> layouts, String id) {
        JsonNode json = layouts.get(id);
        if (json == null) {
            throw new IllegalStateException("versions.json names unknown layout " + id);
        }
        JsonNode columnsJson = json.has("columnsFrom") ? layouts.get(json.get("columnsFrom").asText()) : json;
        JsonNode rowsJson = json.has("rowsFrom") ? layouts.get(json.get("rowsFrom").asText()) : json;
        List<FormColumn> columns = new ArrayList<>();
        for (JsonNode c : columnsJson.get("columns")) {
            columns.add(new FormColumn(c.get("key").asText(), c.get("label").asText(), normalized(c.get("variants")),
                    ValueKind.parse(c.path("kind").asText(null)), strings(c.get("tags"))));
        }
        List<String> allColumns = columns.stream().map(FormColumn::key).toList();
        JsonNode replacements = json.path("replaceRow");
        List<FormRow> rows = new ArrayList<>();
        for (JsonNode r : rowsJson.get("rows")) {
            JsonNode replacement = replacements.get(r.get("key").asText());
            for (JsonNode row : replacement != null ? replacement : List.of(r)) {
                List<String> rowColumns = row.has("columns") ? List.copyOf(strings(row.get("columns"))) : allColumns;
                rows.add(new FormRow(row.get("key").asText(), row.get("label").asText(), normalized(row.get("variants")),
                        rowColumns, strings(row.get("tags"))));
            }
        }
        return new FormTable(json.get("key").asText(), id, json.get("title").asText(), normalized(json.get("headings")),
                columns, rows, normalized(json.get("markers")), normalized(json.get("leafMarkers")));
    }

    private static List<String> normalized(JsonNode array) {
        return strings(array).stream().map(LabelText::normalize).toList();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static Integer intOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    static JsonNode readResource(String path) {
        try (InputStream in = FormCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

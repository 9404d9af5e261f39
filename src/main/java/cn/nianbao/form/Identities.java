package cn.nianbao.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identities of {@code resources/forms/identities.json}, expanded for a form version. An entry runs
 * over the columns or rows of a table; '$' in a key stands for the item, '@tag' for every row or column
 * with that tag. A key that the version lacks drops out.
 */
public final class Identities {
    private static final JsonNode DEFINITIONS = FormCatalog.readResource("/forms/identities.json").get("identities");
    private static final Map<String, List<Identity>> BY_VERSION = new ConcurrentHashMap<>();

    private Identities() {
    }

    public static List<Identity> of(FormVersion version) {
        return BY_VERSION.computeIfAbsent(version.id(), id -> expand(version));
    }

    private static List<Identity> expand(FormVersion version) {
        List<Identity> out = new ArrayList<>();
        for (JsonNode def : DEFINITIONS) {
            String[] over = def.get("over").asText().split("\\.");
            FormTable table = version.table(over[0]).orElse(null);
            if (table == null) {
                continue;
            }
            boolean overColumns = over[1].equals("columns");
            List<String[]> items = overColumns
                    ? table.columns().stream().map(c -> new String[] {c.key(), c.label()}).toList()
                    : table.rows().stream().map(r -> new String[] {r.key(), r.label()}).toList();
            for (String[] item : items) {
                List<String> left = keys(def.get("left"), item[0], version, table);
                List<String> right = keys(def.get("right"), item[0], version, table);
                if (!left.isEmpty() && !right.isEmpty()) {
                    out.add(new Identity(def.get("rule").asText(), item[1], left, right, def.get("message").asText()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> keys(JsonNode patterns, String item, FormVersion version, FormTable table) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : patterns) {
            String[] parts = p.asText().replace("$", item).split("\\.");
            List<String> rows = parts[1].startsWith("@")
                    ? table.rows().stream().filter(r -> r.tags().contains(parts[1].substring(1))).map(FormRow::key).toList()
                    : List.of(parts[1]);
            List<String> columns = parts[2].startsWith("@")
                    ? table.columns().stream().filter(c -> c.tags().contains(parts[2].substring(1))).map(FormColumn::key).toList()
                    : List.of(parts[2]);
            for (String row : rows) {
                for (String column : columns) {
                    String key = parts[0] + "." + row + "." + column;
                    if (version.cell(key).isPresent()) {
                        out.add(key);
                    }
                }
            }
        }
        return out;
    }
}

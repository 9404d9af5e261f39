package cn.nianbao.export;

import cn.nianbao.form.layout.LabelPaths;

import cn.nianbao.form.CellSpec;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormRow;
import cn.nianbao.form.FormVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cell key of every form version, with the label a reader of the printed form knows it by
 * (三·一、本年新收政府信息公开申请数量·自然人). Keys of the current form come first, so that the columns
 * most reports fill lead; keys only older or mixed forms have follow.
 */
final class CellLabels {
    private static final Map<String, CellSpec> SPECS = load(FormCatalog.standard());

    private CellLabels() {
    }

    /** The union of the keys of all versions, current form first. */
    static List<String> keys() {
        return new ArrayList<>(SPECS.keySet());
    }

    /** The label of the key as the current form (or the first version having it) names it. */
    static String label(String key) {
        CellSpec spec = SPECS.get(key);
        return spec == null ? key : label(spec);
    }

    /** The label as the given version names it (规范性文件 in 2019, 行政规范性文件 in 2021). */
    static String label(String key, String versionId) {
        return FormCatalog.standard().find(versionId == null ? "" : versionId).flatMap(v -> v.cell(key))
                .map(CellLabels::label).orElseGet(() -> label(key));
    }

    /** A column header both people and programs can read: the label, then the key in brackets. */
    static String header(String key) {
        return label(key) + " [" + key + "]";
    }

    /** The row's label with the headings it sits under (三、本年度办理结果 （三）不予公开 2.其他法律行政法规禁止公开). */
    private static String label(CellSpec spec) {
        List<FormRow> rows = spec.table().rows();
        List<List<String>> paths = LabelPaths.of(rows.stream().map(FormRow::label).toList());
        String row = String.join(" ", paths.get(rows.indexOf(spec.row())));
        return spec.table().title().substring(0, 1) + "·" + row + "·" + spec.column().label();
    }

    private static Map<String, CellSpec> load(FormCatalog catalog) {
        // The current form is the newest one that is not a field mix; older and mixed ones add their own keys.
        List<FormVersion> versions = catalog.versions().stream()
                .sorted(Comparator.comparing(FormVersion::mixed)
                        .thenComparing(v -> v.meantFor(Integer.MAX_VALUE), Comparator.reverseOrder()))
                .toList();
        Map<String, CellSpec> specs = new LinkedHashMap<>();
        for (FormVersion version : versions) {
            version.cells().forEach(spec -> specs.putIfAbsent(spec.key(), spec));
        }
        return specs;
    }
}

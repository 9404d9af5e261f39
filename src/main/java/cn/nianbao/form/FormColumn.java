package cn.nianbao.form;

import java.util.List;
import java.util.Set;

/** A column of a form table: its key, its label on the form, other ways sources write it. */
public record FormColumn(String key, String label, List<String> variants, ValueKind kind, Set<String> tags) {
}

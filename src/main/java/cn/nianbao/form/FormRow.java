package cn.nianbao.form;

import java.util.List;
import java.util.Set;

/** A row of a form table with the columns it has (rows of 二 differ in their columns). */
public record FormRow(String key, String label, List<String> variants, List<String> columns, Set<String> tags) {
}

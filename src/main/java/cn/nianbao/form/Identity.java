package cn.nianbao.form;

import java.util.ArrayList;
import java.util.List;

/**
 * One identity of the form, expanded for one version: the sum of the {@code left} cells equals the sum
 * of the {@code right} cells.
 *
 * @param rule the rule id findings carry, e.g. balance
 * @param item the column or row the identity is about, as a reviewer reads it (e.g. 自然人)
 * @param message template with {item}, {left} and {right}
 */
public record Identity(String rule, String item, List<String> left, List<String> right, String message) {

    public List<String> cells() {
        List<String> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }
}

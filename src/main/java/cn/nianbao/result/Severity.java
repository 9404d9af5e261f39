package cn.nianbao.result;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters: errors block approval (without a reason), warnings and notes do not. */
public enum Severity {
    ERROR("错误"), WARNING("警告"), INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The severity as reviewers read it. */
    public String label() {
        return label;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

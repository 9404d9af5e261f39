package cn.nianbao.result;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

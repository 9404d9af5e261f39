package cn.nianbao.store;

import cn.nianbao.check.CheckBasis;
import cn.nianbao.result.ResultJson;
import com.fasterxml.jackson.core.JsonProcessingException;

/** The check basis as the report table stores it. */
public final class CheckBasisJson {
    private CheckBasisJson() {
    }

    public static String write(CheckBasis basis) {
        try {
            return ResultJson.mapper().writeValueAsString(basis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a check basis cannot be written as JSON", e);
        }
    }

    public static CheckBasis read(String json) {
        try {
            return ResultJson.mapper().readValue(json, CheckBasis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored check basis cannot be read back", e);
        }
    }
}

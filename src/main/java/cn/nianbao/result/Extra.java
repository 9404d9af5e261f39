package cn.nianbao.result;

import cn.nianbao.document.Origin;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** A row a region adds to the form (e.g. 本行政区域政府信息公开发布总数量), kept under its own label. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Extra(String label, String raw, BigDecimal value, String table, Origin origin) {
}

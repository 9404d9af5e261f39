package cn.nianbao.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The file a result came from and how it was read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceInfo(String file, String sha256, String mediaType, Integer pages, String method) {
}

package cn.nianbao.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The file a result came from and how it was read.
 *
 * @param pageMethods how each page was read (pdf-text or ocr), for paged formats read more than one way
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceInfo(String file, String sha256, String mediaType, Integer pages, String method,
                         List<String> pageMethods) {

    public SourceInfo(String file, String sha256, String mediaType, Integer pages, String method) {
        this(file, sha256, mediaType, pages, method, List.of());
    }
}

package cn.nianbao.api;

import cn.nianbao.ingest.QueueFullException;
import cn.nianbao.review.ReviewRefused;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure into a JSON {@link ApiError}; never a stack trace. */
@RestControllerAdvice
public class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    /** An unknown address: JSON under /api, the error page for a person's browser elsewhere. */
    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
            page.addObject("status", HttpStatus.NOT_FOUND.value());
            return page;
        }
        return error(HttpStatus.NOT_FOUND, "not_found", "没有这个地址：/" + e.getResourcePath());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Tomcat counts a part's headers (its file name) against a size limit too, and says so only in words.
            if (cause.getMessage() != null && cause.getMessage().startsWith("Header section has more than")) {
                return error(HttpStatus.BAD_REQUEST, "bad_file_name", "文件名过长，请改短后再上传。");
            }
        }
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "too_large", "文件太大，超过上传上限。");
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiError> badMultipart(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                // Tomcat refuses a part whose file name holds a NUL character (it could cut a path short).
                return error(HttpStatus.BAD_REQUEST, "bad_file_name",
                        "文件名中含有不允许的字符（NUL 空字符），请改名后再上传。");
            }
        }
        return error(HttpStatus.BAD_REQUEST, "bad_multipart",
                "请求应为 multipart/form-data，文件放在名为 file 或 files 的部分中。");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return error(HttpStatus.BAD_REQUEST, "bad_parameter", "参数 " + name + " 的值不对。");
    }

    /** A review action refused (the UI's controllers catch it themselves and show it on the page). */
    @ExceptionHandler(ReviewRefused.class)
    ResponseEntity<ApiError> reviewRefused(ReviewRefused e) {
        return switch (e.kind()) {
            case NOT_FOUND -> error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
            case CONFLICT -> error(HttpStatus.CONFLICT, "conflict", e.getMessage());
            case INVALID -> error(HttpStatus.BAD_REQUEST, "refused", e.getMessage());
        };
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "bad_json", "请求体应为 JSON，例如 {\"value\": \"5\", \"reason\": \"…\","
                + " \"revision\": 3}。");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                "请求应为 multipart/form-data，文件放在名为 file 或 files 的部分中。");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "这个地址不支持 " + e.getMethod() + "。");
    }

    @ExceptionHandler(QueueFullException.class)
    ResponseEntity<ApiError> queueFull(QueueFullException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()))
                .body(new ApiError(503, "queue_full", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> internal(Exception e) {
        LOG.error("request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "服务内部错误，已记录。");
    }

    private static ResponseEntity<ApiError> error(HttpStatusCode status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), code, message));
    }
}

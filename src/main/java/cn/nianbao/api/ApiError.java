package cn.nianbao.api;

/** Every error the API answers: the HTTP status, a short code and what to do, in plain words. */
public record ApiError(int status, String error, String message) {
}

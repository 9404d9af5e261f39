package cn.nianbao.api;

/** The request itself is wrong (no file, an empty file, a bad filter). */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}

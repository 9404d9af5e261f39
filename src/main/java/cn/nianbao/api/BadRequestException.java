package cn.nianbao.api;

/** The request itself is wrong (no file, an empty file, a bad filter); {@code code} names what. */
public class BadRequestException extends RuntimeException {
    private final String code;

    public BadRequestException(String message) {
        this("bad_request", message);
    }

    public BadRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package cn.nianbao.api;

/** No report with this id. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}

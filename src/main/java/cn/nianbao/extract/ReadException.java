package cn.nianbao.extract;

/** A file that cannot be read; the message is shown to the user as it is, so it is in plain words. */
public class ReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}

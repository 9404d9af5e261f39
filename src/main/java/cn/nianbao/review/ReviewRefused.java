package cn.nianbao.review;

/** A review action that cannot be carried out, with the reason in words a reviewer understands. */
public class ReviewRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why: the UI and the API answer each differently (404, 409, 400). */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;

    public ReviewRefused(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

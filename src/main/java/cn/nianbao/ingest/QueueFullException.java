package cn.nianbao.ingest;

/** The queue holds its limit: come back later (HTTP 503 with Retry-After). */
public class QueueFullException extends RuntimeException {
    private final long queued;
    private final int retryAfterSeconds;

    public QueueFullException(long queued, int retryAfterSeconds) {
        super("队列已满（" + queued + " 份待处理），请稍后重试。");
        this.queued = queued;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long queued() {
        return queued;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

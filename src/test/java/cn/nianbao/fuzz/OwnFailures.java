package cn.nianbao.fuzz;

import cn.nianbao.extract.ReadException;

/**
 * Tells a reader's honest "cannot read this" from a bug it hid: readers wrap unexpected runtime exceptions
 * in {@link ReadException} so that a user sees plain words, which would also hide our own bugs from the
 * fuzzer. A cause thrown by our code (the first frame outside the JDK is in cn.nianbao) is a bug; a cause
 * thrown inside a parser library (POI, jsoup) is that library rejecting broken input.
 */
final class OwnFailures {
    private static final String OURS = "cn.nianbao.";

    private OwnFailures() {
    }

    static void rethrowIfOurs(ReadException refused) {
        Throwable cause = refused.getCause();
        if ((cause instanceof RuntimeException || cause instanceof Error) && thrownByUs(cause)) {
            throw new AssertionError("reader hid a bug of ours as \"" + refused.getMessage() + "\"", cause);
        }
    }

    private static boolean thrownByUs(Throwable cause) {
        for (StackTraceElement frame : cause.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type.startsWith(OURS);
            }
        }
        return false;
    }
}

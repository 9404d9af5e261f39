package cn.nianbao.extract.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Keeps Debian's OpenMP-built Tesseract on one thread per call: on a 2-core machine its threads fight and a
 * page takes five times longer (shared/notes/stack.md). We parallelise across pages and requests instead.
 * libgomp reads the variable once, when libtesseract is loaded, so this must run before the first call.
 */
final class OpenMpLimit {
    private static volatile boolean applied;

    private OpenMpLimit() {
    }

    /** Sets OMP_THREAD_LIMIT=1 in this process unless the environment already sets it. */
    static synchronized void apply() {
        if (applied || System.getenv("OMP_THREAD_LIMIT") != null || Platform.isWindows()) {
            applied = true;
            return;
        }
        try {
            Native.load("c", LibC.class).setenv("OMP_THREAD_LIMIT", "1", 0);
        } catch (UnsatisfiedLinkError noLibc) {
            // Only slower without it.
        }
        applied = true;
    }

    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }
}

package cn.nianbao.extract.ocr.worker;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Keeps the worker's stdout for the protocol alone. Native code writes to file descriptor 1 whatever Java
 * does (the JVM's crash banner does, so may libtesseract): the pipe to the parent moves to a new
 * descriptor and descriptor 1 becomes stderr, so that those lines land in the log, not in a reply.
 */
final class ProtocolStdout {

    private ProtocolStdout() {
    }

    /** The parent's pipe; without libc or /proc (not Linux), plain stdout, where the frames' magic still guards it. */
    static OutputStream take() {
        try {
            LibC libc = Native.load("c", LibC.class);
            int pipe = libc.dup(1);
            if (pipe >= 0) {
                OutputStream out = new FileOutputStream("/proc/self/fd/" + pipe);
                if (libc.dup2(2, 1) >= 0) {
                    return out;
                }
                out.close();
            }
        } catch (UnsatisfiedLinkError | IOException notHere) {
            // Below.
        }
        return new FileOutputStream(FileDescriptor.out);
    }

    private interface LibC extends Library {
        int dup(int fd);

        int dup2(int from, int to);
    }
}

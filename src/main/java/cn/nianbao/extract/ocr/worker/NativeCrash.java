package cn.nianbao.extract.ocr.worker;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** A real segmentation fault in native code, for the tests of a crashing worker: what a libtesseract bug does. */
final class NativeCrash {

    private NativeCrash() {
    }

    static void now() {
        Native.setProtected(false);
        new Pointer(0).getLong(0);
        throw new IllegalStateException("reading address 0 did not crash");
    }
}

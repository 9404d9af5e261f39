package cn.nianbao.extract.ocr;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Engines for concurrent pages: a thread borrows a pair for one page and gives it back. So there are never
 * more pairs than pages read at once (each holds its models in memory), and none is initialised twice.
 */
final class EnginePool implements AutoCloseable {
    private final OcrSettings settings;
    private final Deque<OcrEngines> idle = new ArrayDeque<>();
    private boolean closed;

    EnginePool(OcrSettings settings) {
        this.settings = settings;
    }

    synchronized OcrEngines borrow() throws OcrUnavailableException {
        if (closed) {
            throw new IllegalStateException("the OCR engines were closed");
        }
        OcrEngines engines = idle.pollFirst();
        return engines != null ? engines : OcrEngines.open(settings);
    }

    synchronized void giveBack(OcrEngines engines) {
        if (closed) {
            engines.close();
        } else {
            idle.addFirst(engines);
        }
    }

    /** Releases the idle engines now and those still borrowed when they come back. */
    @Override
    public synchronized void close() {
        closed = true;
        idle.forEach(OcrEngines::close);
        idle.clear();
    }
}

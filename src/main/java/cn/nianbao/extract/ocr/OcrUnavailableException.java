package cn.nianbao.extract.ocr;

import cn.nianbao.extract.ReadException;

/** The OCR engine or one of its models is not installed; the message says what to install. */
public final class OcrUnavailableException extends ReadException {
    private static final long serialVersionUID = 1L;

    public OcrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public OcrUnavailableException(String message) {
        super(message);
    }
}

package cn.nianbao.extract;

import cn.nianbao.document.SourceDocument;
import java.util.Set;

/** Reads one file format into the format-free {@link SourceDocument}. One implementation per format. */
public interface DocumentReader {

    /** The media types (as Tika detects them) this reader takes. */
    Set<String> mediaTypes();

    /**
     * @param content the file's bytes
     * @param fileName the name it arrived under, for messages only
     * @throws ReadException with a message in plain words when the file cannot be read
     */
    SourceDocument read(byte[] content, String fileName) throws ReadException;
}

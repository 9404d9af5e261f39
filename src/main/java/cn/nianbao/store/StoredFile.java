package cn.nianbao.store;

/** The original bytes of a report, as received. */
public record StoredFile(String fileName, String mediaType, byte[] content) {
}

package cn.nianbao.store;

import java.util.UUID;

/** A report about to be stored with its original bytes. */
public record NewReport(UUID id, String sha256, String fileName, String mediaType, String receivedBy,
                        byte[] content) {
}

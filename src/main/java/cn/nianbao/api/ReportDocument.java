package cn.nianbao.api;

import cn.nianbao.store.ReportRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A report as the API returns it: the spec's JSON (as the extractor wrote it) with the report's id, and its
 * current status and error from the database (queued and processing reports have only their source).
 */
public final class ReportDocument {
    private ReportDocument() {
    }

    public static ObjectNode of(ReportRecord record, String resultJson, ObjectMapper json) throws java.io.IOException {
        ObjectNode document = json.createObjectNode();
        document.put("id", record.id().toString());
        if (resultJson != null) {
            JsonNode result = json.readTree(resultJson);
            document.setAll((ObjectNode) result);
        } else {
            ObjectNode source = document.putObject("source");
            source.put("file", record.fileName());
            source.put("sha256", record.sha256());
            source.put("mediaType", record.mediaType());
        }
        document.put("status", record.status().id());
        if (record.error() != null) {
            document.put("error", record.error());
        } else {
            document.remove("error");
        }
        document.put("revision", record.revision());
        document.put("receivedAt", record.createdAt().toString());
        document.put("updatedAt", record.updatedAt().toString());
        return document;
    }
}

package cn.nianbao.ingest;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/** A multipart part as a file of an upload: its base name, and its bytes read from disk when their turn comes. */
public record Uploaded(MultipartFile part) implements ReportIntake.NamedContent {
    @Override
    public String fileName() {
        return FileNames.base(part.getOriginalFilename());
    }

    @Override
    public byte[] content() throws IOException {
        return part.getBytes();
    }
}

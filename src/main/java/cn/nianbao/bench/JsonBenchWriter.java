package cn.nianbao.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** The run as JSON: every number of the Markdown table, unrounded, plus the derived rates. */
public final class JsonBenchWriter implements BenchWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(BenchReport report, Appendable out) throws IOException {
        out.append(JSON.writeValueAsString(report)).append('\n');
    }
}

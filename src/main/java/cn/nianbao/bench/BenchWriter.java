package cn.nianbao.bench;

import java.io.IOException;

/** Writes a benchmark run in one format (Markdown for people, JSON for tools and the regression gate). */
public interface BenchWriter {

    String extension();

    void write(BenchReport report, Appendable out) throws IOException;
}

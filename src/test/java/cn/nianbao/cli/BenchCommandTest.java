package cn.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void aRunIsWrittenRecordedAsTheBaselineAndHeldToIt(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("fixtures/seeds/001.txt"), corpus.resolve("001.txt"));
        Files.copy(Path.of("fixtures/seeds/001.expected.json"), corpus.resolve("001.expected.json"));
        Path baseline = dir.resolve("baseline.json");

        assertThat(run("--accuracy-only", "--out", dir.resolve("results").toString(), "--write-baseline",
                baseline.toString(), corpus.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("| txt | 1 | 1 |")
                .contains("100.0% (198/198)")
                .contains("| narrative_conflict | 1 | 1 | 1 | 100.0% | 100.0% |");
        assertThat(dir.resolve("results/" + LocalDate.now() + "-corpus.md")).exists();
        assertThat(Files.readString(dir.resolve("results/" + LocalDate.now() + "-corpus.json")))
                .contains("\"cellsRight\" : 198");
        assertThat(Files.readString(baseline)).contains("\"txt\"").contains("\"narrative_conflict\"");

        assertThat(run("--accuracy-only", "--gate", baseline.toString(), corpus.toString())).isZero();

        Files.writeString(baseline, Files.readString(baseline).replace("\"txt\"", "\"docx\""));
        assertThat(run("--accuracy-only", "--gate", baseline.toString(), corpus.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("regression: docx: no documents of this format");
    }

    @Test
    void usageOnHelpAndOnABadOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--gate BASELINE.json");
        assertThat(run("--threads", "two", "fixtures")).isEqualTo(2);
        assertThat(run("no-such-dir")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or directory: no-such-dir");
    }
}

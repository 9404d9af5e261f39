package cn.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ExtractCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void writesOneJsonPerFileAndOneLinePerFileEvenForABadFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("report.docx");
        Files.write(bad, new byte[0]);
        int status = run("--out", dir.resolve("out").toString(), "fixtures/seeds/001.txt", bad.toString());

        assertThat(status).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("001.txt\tneeds_review\t1 findings");
        assertThat(lines[1]).startsWith("report.docx\tfailed\t");
        JsonNode good = new ObjectMapper().readTree(dir.resolve("out/001.txt.json").toFile());
        assertThat(good.at("/report/organ").asText()).isEqualTo("铜川市耀州区锦阳路街道办事处");
        assertThat(good.at("/source/method").asText()).isEqualTo("text");
        assertThat(good.at("/source/sha256").asText()).hasSize(64);
        JsonNode failed = new ObjectMapper().readTree(dir.resolve("out/report.docx.json").toFile());
        assertThat(failed.get("error").asText()).contains("为空");
        assertThat(failed.get("status").asText()).isEqualTo("failed");
    }

    @Test
    void aFileThatDoesNotExistStillGetsItsJson(@TempDir Path dir) throws IOException {
        assertThat(run("--out", dir.toString(), dir.resolve("nowhere.txt").toString())).isZero();
        assertThat(new ObjectMapper().readTree(dir.resolve("nowhere.txt.json").toFile()).get("error").asText())
                .contains("无法读取文件");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--out")).isEqualTo(2);
        assertThat(run("fixtures/seeds/001.txt")).isEqualTo(2);
        assertThat(run("--verbose", "--out", "x", "a.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }
}

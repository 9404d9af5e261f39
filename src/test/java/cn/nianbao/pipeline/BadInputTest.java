package cn.nianbao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.result.ExtractionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that are no report, or no file at all, give a clear error and never an exception. */
class BadInputTest {
    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty.docx|为空",
        "random.pdf|PDF",
        "random.docx|Word 文件已损坏",
        "truncated.docx|损坏",
        "no-tables.docx|没有表格",
        "not-a-report.docx|不是政府信息公开工作年度报告",
        // Read as the PDF it is (FormatDetectorTest checks the detection): a sentence, no report.
        "pdf-named.docx|不是政府信息公开工作年度报告",
    })
    void givesAClearError(String file, String words) throws IOException {
        Path path = Path.of("fixtures/bad", file);
        ExtractionResult result = PIPELINE.extract(Files.readAllBytes(path), file);
        assertThat(result.status()).isEqualTo(ExtractionResult.FAILED);
        assertThat(result.error()).contains(words);
        assertThat(result.cells()).isEmpty();
        assertThat(result.source().file()).isEqualTo(file);
    }
}

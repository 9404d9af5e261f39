package cn.nianbao.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the fuzz tests' seed inputs from the fixtures into their Jazzer inputs directories, where every build
 * replays them (as it replays the regression inputs of fixed findings) and a fuzzing run starts from them.
 * Run by hand after the fixtures change: {@code mvn -o -q test-compile exec:java -Dfixtures.main=cn.nianbao.fuzz.FuzzSeeds}.
 */
public final class FuzzSeeds {
    private static final Path INPUTS = Path.of("src/test/resources/cn/nianbao/fuzz");
    /** Real shapes (000–004, mostly the 2019 form) and the 2021 and hybrid forms. */
    private static final List<Path> REPORTS = List.of(Path.of("fixtures/seeds/000"), Path.of("fixtures/seeds/001"),
            Path.of("fixtures/seeds/002"), Path.of("fixtures/seeds/003"), Path.of("fixtures/seeds/004"),
            Path.of("fixtures/cases/2021-full"), Path.of("fixtures/cases/hybrid"));
    private static final List<String> PIPELINE_FORMATS = List.of("txt", "html", "docx");

    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        for (Path report : REPORTS) {
            String name = report.getFileName().toString();
            write("TextReaderFuzzTest", "readsAnyBytes", name, Files.readAllBytes(file(report, "txt")));
            write("HtmlReaderFuzzTest", "readsAnyBytes", name, Files.readAllBytes(file(report, "html")));
            write("DocxReaderFuzzTest", "readsAnyBody", name, structureOnly(DocxSkeleton.body(file(report, "docx"))));
        }
        // The pipeline reads every format: one report in each, enough to start from.
        for (String format : PIPELINE_FORMATS) {
            Path report = REPORTS.get(PIPELINE_FORMATS.indexOf(format) + 1);
            write("PipelineFuzzTest", "extractsAnyFile", report.getFileName() + "-" + format,
                    named(Files.readAllBytes(file(report, format)), "report." + format));
        }
    }

    private static Path file(Path report, String extension) {
        return report.resolveSibling(report.getFileName() + "." + extension);
    }

    /**
     * Formatting (fonts, alignment, widths, borders) is most of a body's bytes and none of what the reader looks
     * at; without it the mutations land on paragraphs, rows, cells and merges.
     */
    private static byte[] structureOnly(byte[] documentXml) {
        String xml = new String(documentXml, StandardCharsets.UTF_8);
        return xml.replaceAll("<w:(rPr|pPr|tblPr)>.*?</w:\\1>", "").replaceAll("<w:(tcW|vAlign) [^>]*/>", "")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The file followed by the byte with which {@link PipelineFuzzTest} picks the file name. */
    private static byte[] named(byte[] content, String fileName) {
        int index = Arrays.asList(PipelineFuzzTest.FILE_NAMES).indexOf(fileName);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(content);
        out.write(index);
        return out.toByteArray();
    }

    private static void write(String fuzzTest, String method, String seed, byte[] content) throws IOException {
        Path directory = INPUTS.resolve(fuzzTest + "Inputs").resolve(method);
        Files.createDirectories(directory);
        Files.write(directory.resolve("seed-" + seed), content);
    }
}

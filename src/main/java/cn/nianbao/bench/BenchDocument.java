package cn.nianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A document the benchmark can score: a file with its truth beside it. The format is what follows the
 * truth's base name — {@code r00001.docx} is "docx", {@code r00001.scan-light.pdf} is "scan-light.pdf" —
 * so every rendering of one report shares one NAME.expected.json and still counts as its own format.
 */
record BenchDocument(Path file, String format, Path truth) {
    private static final Set<String> READABLE = Set.of("txt", "md", "docx", "doc", "html", "htm", "pdf", "png",
            "jpg", "jpeg", "tif", "tiff");
    private static final Set<String> PAGE_IMAGES = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff");
    private static final List<String> TRUTH_SUFFIXES = List.of(".expected.json", ".expected-cells.json");

    /** Every readable file with truth under the roots, in name order. */
    static List<BenchDocument> under(List<Path> roots) throws IOException {
        List<BenchDocument> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    of(file).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The file as a benchmark document, when it is readable and has truth beside it. */
    static Optional<BenchDocument> of(Path file) {
        String name = file.getFileName().toString();
        if (!READABLE.contains(extension(name)) || name.contains(".expected")) {
            return Optional.empty();
        }
        for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
            String base = name.substring(0, dot);
            for (String suffix : TRUTH_SUFFIXES) {
                Path truth = file.resolveSibling(base + suffix);
                if (Files.isRegularFile(truth)) {
                    String format = name.substring(dot + 1).toLowerCase(Locale.ROOT);
                    return Optional.of(new BenchDocument(file, format, truth));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the document is made of pages a full-page OCR can read (a PDF or an image). */
    boolean pageImages() {
        return PAGE_IMAGES.contains(extension(format));
    }

    private static String extension(String name) {
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : name;
    }
}

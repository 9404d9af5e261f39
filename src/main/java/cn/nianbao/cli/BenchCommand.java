package cn.nianbao.cli;

import cn.nianbao.bench.Benchmark;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code bench [--no-tesseract] DIR...}: speed and accuracy on documents with hand-written truth. */
public final class BenchCommand {
    private final PrintStream out;
    private final PrintStream err;

    public BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        boolean tesseract = true;
        List<Path> roots = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--no-tesseract")) {
                tesseract = false;
            } else if (Files.exists(Path.of(arg))) {
                roots.add(Path.of(arg));
            } else {
                err.println("没有这个文件或目录 / no such file or directory: " + arg);
                return 2;
            }
        }
        if (roots.isEmpty()) {
            err.println("usage: java -jar nianbao.jar bench [--no-tesseract] DIR...");
            return 2;
        }
        try {
            new Benchmark(out).run(roots, tesseract);
            return 0;
        } catch (IOException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}

package cn.nianbao.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Where a benchmark ran: what makes its numbers comparable with another run's. */
public record Machine(int cores, long memoryMb, String os, String java, String tesseract, String commit) {

    static Machine here() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getTotalMemorySize() / (1024 * 1024) : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, osName(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                firstLine(List.of("tesseract", "--version")),
                firstLine(List.of("git", "describe", "--always", "--dirty", "--abbrev=7")));
    }

    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // not Linux, or no os-release: the JVM's name for it will do
        }
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** The first line a command prints, or "unknown" when it is not there or fails. */
    private static String firstLine(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isBlank()) {
                return "unknown";
            }
            return out.lines().findFirst().orElse("unknown").strip();
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}

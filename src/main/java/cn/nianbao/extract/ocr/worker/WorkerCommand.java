package cn.nianbao.extract.ocr.worker;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The command line of an OCR worker process: this JVM's java, a bounded heap, and this application's code —
 * {@code -jar nianbao.jar ocr-worker} when running from the fat jar (whose nested jars only Spring Boot's
 * launcher can load), otherwise this JVM's class path and {@link OcrWorkerMain} (tests on target/classes).
 */
final class WorkerCommand {
    static final String JAR_COMMAND = "ocr-worker";

    private WorkerCommand() {
    }

    /**
     * @param heap the child's -Xmx, e.g. "768m"
     * @param extraOptions more JVM options (tests pass -D switches here)
     */
    static List<String> forThisJvm(String heap, List<String> extraOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        // One page at a time on one thread: the serial collector is the smallest and starts fastest.
        command.add("-XX:+UseSerialGC");
        // A full heap ends the child at once (exit status 3) instead of leaving it half alive.
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+DisplayVMOutputToStderr");
        command.add("-XX:-CreateCoredumpOnCrash");
        command.add("-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "nianbao-ocr-worker-%p.log"));
        command.add("-Djava.awt.headless=true");
        command.addAll(extraOptions);
        command.addAll(code(System.getProperty("java.class.path", "")));
        return command;
    }

    /** How the child finds this application's code, given this JVM's class path. */
    static List<String> code(String classPath) {
        Path jar = bootJar(classPath);
        if (jar != null) {
            return List.of("-jar", jar.toString(), JAR_COMMAND);
        }
        return List.of("-cp", classPath, OcrWorkerMain.class.getName());
    }

    /** The Spring Boot fat jar this JVM was started with ({@code java -jar nianbao.jar}), or null. */
    private static Path bootJar(String classPath) {
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            return main != null && main.startsWith("org.springframework.boot.loader") ? jar : null;
        } catch (IOException unreadable) {
            return null;
        }
    }
}

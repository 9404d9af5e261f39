package cn.nianbao.extract.ocr.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerCommandTest {
    @TempDir
    Path dir;

    @Test
    void fromTheFatJarTheChildIsTheJarsOcrWorkerCommand() throws IOException {
        Path jar = jar("nianbao.jar", "org.springframework.boot.loader.launch.JarLauncher");

        assertThat(WorkerCommand.code(jar.toString())).containsExactly("-jar", jar.toAbsolutePath().toString(), "ocr-worker");
    }

    @Test
    void fromAClassPathTheChildIsTheWorkersMainClass() throws IOException {
        Path other = jar("surefirebooter.jar", "org.apache.maven.surefire.booter.ForkedBooter");
        String classes = "target/classes" + File.pathSeparator + "target/test-classes";

        assertThat(WorkerCommand.code(classes)).containsExactly("-cp", classes, OcrWorkerMain.class.getName());
        assertThat(WorkerCommand.code(other.toString()))
                .containsExactly("-cp", other.toString(), OcrWorkerMain.class.getName());
    }

    @Test
    void theChildHasABoundedHeapAndThisJvmsJava() {
        assertThat(WorkerCommand.forThisJvm("512m", List.of("-Dx=y")))
                .startsWith(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .contains("-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Dx=y");
    }

    private Path jar(String name, String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }
}

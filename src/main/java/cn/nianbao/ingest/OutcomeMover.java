package cn.nianbao.ingest;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Shows a file's outcome in its inbox: moves it to {@code processed/} or {@code failed/} under the inbox root,
 * keeping its relative path; a name already taken there gets {@code -1}, {@code -2}, … before its extension.
 */
final class OutcomeMover {
    private OutcomeMover() {
    }

    /** Returns where the file went, or null when it was gone already (another instance moved it). */
    static Path move(Path root, Path file, String outcome) throws IOException {
        Path target = root.resolve(outcome).resolve(root.relativize(file));
        Files.createDirectories(target.getParent());
        for (int n = 1; ; n++) {
            try {
                return Files.move(file, target);
            } catch (FileAlreadyExistsException taken) {
                target = numbered(target, n);
            } catch (NoSuchFileException gone) {
                return null;
            }
        }
    }

    private static Path numbered(Path target, int n) {
        String name = target.getFileName().toString().replaceFirst("-\\d+(\\.[^.]*)?$", "$1");
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        return target.resolveSibling(numbered);
    }
}

package cn.nianbao.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which files in an inbox are reports to take: not Office lock files ({@code ~$…}), downloads or copies in
 * progress ({@code .part}, {@code .tmp}, {@code .crdownload}), hidden files, nor anything already under the
 * outcome folders {@code processed/} and {@code failed/}.
 */
public final class InboxFiles {
    public static final String PROCESSED = "processed";
    public static final String FAILED = "failed";

    private InboxFiles() {
    }

    public static boolean candidate(Path root, Path file) {
        Path relative = root.relativize(file);
        if (relative.getNameCount() > 1) {
            String top = relative.getName(0).toString();
            if (top.equals(PROCESSED) || top.equals(FAILED)) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".") && !lower.endsWith(".part")
                && !lower.endsWith(".tmp") && !lower.endsWith(".crdownload");
    }
}

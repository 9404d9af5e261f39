package cn.nianbao.ingest;

/** An uploaded file's name without any folder a browser or client put before it. */
public final class FileNames {
    private FileNames() {
    }

    public static String base(String original) {
        if (original == null || original.isBlank()) {
            return "upload";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replace("\0", "");
        return name.isBlank() ? "upload" : name;
    }
}

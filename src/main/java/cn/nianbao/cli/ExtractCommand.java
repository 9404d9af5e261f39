package cn.nianbao.cli;

import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.result.ResultJson;
import cn.nianbao.result.SourceInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code extract --out DIR FILE...}: one JSON result per file, one summary line per file. Exit status 0
 * when every file was processed (a file that cannot be read still gets its JSON with an error), 2 for a
 * usage error.
 */
public final class ExtractCommand {
    private static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    public ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        Path outDir = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                outDir = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                return usage("未知选项 / unknown option: " + args[i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (outDir == null || files.isEmpty()) {
            return usage("需要 --out DIR 和至少一个文件 / --out DIR and at least one FILE are required");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            return usage("无法创建输出目录 / cannot create " + outDir + ": " + e.getMessage());
        }
        ExtractionPipeline pipeline = ExtractionPipeline.standard();
        for (Path file : files) {
            ExtractionResult result = extract(pipeline, file);
            String name = file.getFileName().toString();
            try {
                Files.writeString(outDir.resolve(name + ".json"), ResultJson.write(result), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(name + ": 无法写入结果 / cannot write result: " + e.getMessage());
            }
            out.println(Summary.line(name, result));
        }
        return 0;
    }

    private static ExtractionResult extract(ExtractionPipeline pipeline, Path file) {
        String name = file.getFileName().toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return ExtractionResult.failed(new SourceInfo(name, null, null, null, null),
                    "无法读取文件：" + e.getMessage());
        }
        return pipeline.extract(content, name);
    }

    private int usage(String problem) {
        err.println(problem);
        err.println("usage: java -jar nianbao.jar extract --out DIR FILE...");
        return USAGE;
    }
}

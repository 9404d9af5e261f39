package cn.nianbao;

import cn.nianbao.cli.BenchCommand;
import cn.nianbao.cli.ExtractCommand;
import cn.nianbao.extract.ocr.worker.OcrWorkerMain;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The one entry point of the jar: {@code extract} reads reports, {@code bench} measures (neither starts
 * Spring); no command or {@code serve} starts the service ({@link NianbaoService}). {@code ocr-worker} is an
 * OCR worker process, which the others start themselves.
 */
public final class Main {
    private static final String SAX_FACTORY = "javax.xml.parsers.SAXParserFactory";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("ocr-worker")) {
            // Started by the service or the CLI itself (ChildProcessRecognizer); its stdout is the protocol.
            OcrWorkerMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        useTheJdkSaxParser();
        if (args.length == 0 || args[0].equals("serve")) {
            NianbaoService.start(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(run(args, System.out, System.err));
    }

    /**
     * POI's XMLBeans asks for a new SAX parser factory for every part of every DOCX; unless it is named,
     * the JDK looks for another one through the whole class path each time (none is there), which costs a
     * DOCX read about as much as mapping it.
     */
    private static void useTheJdkSaxParser() {
        if (System.getProperty(SAX_FACTORY) == null) {
            System.setProperty(SAX_FACTORY, "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("extract")) {
            return new ExtractCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("bench")) {
            return new BenchCommand(out, err).run(Arrays.copyOfRange(args, 1, args.length));
        }
        err.println(usage());
        return args.length == 0 || args[0].equals("--help") || args[0].equals("help") ? 0 : 2;
    }

    static String usage() {
        return """
                用法 / usage:
                  java -jar nianbao.jar [serve]
                      启动服务（HTTP 上传、收件箱文件夹、任务队列），默认 http://127.0.0.1:8080/ 。
                  java -jar nianbao.jar extract --out DIR FILE...
                      读取每个报告文件，把结果写到 DIR/<文件名>.json，每个文件打印一行摘要。
                  java -jar nianbao.jar bench [--no-tesseract] [--threads 1,2] [--out DIR] [--gate FILE] DIR...
                      在附有人工标注结果的文档上测速度和准确率，并与 tesseract 命令行对比。""";
    }
}

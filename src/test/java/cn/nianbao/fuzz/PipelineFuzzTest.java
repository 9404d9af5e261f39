package cn.nianbao.fuzz;

import cn.nianbao.pipeline.ExtractionPipeline;
import cn.nianbao.result.ExtractionResult;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The whole path, detect → read → map → check, as the CLI and the service call it: it never throws, and what
 * it returns obeys {@link ResultInvariants} (a failure in plain words, never the internal-error fallback).
 * The input's last byte picks the file name (the detector uses it to refine a zip or plain text), the rest
 * is the file. Seeds: the fixtures' .txt, .html and .docx reports, each with the byte naming its extension.
 */
class PipelineFuzzTest {
    /** The names a report arrives under; {@link FuzzSeeds} writes the index as the seed's last byte. */
    static final String[] FILE_NAMES = {"report.txt", "report.html", "report.docx", "report.md", "report"};

    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.standard();

    @FuzzTest
    void extractsAnyFile(FuzzedDataProvider data) {
        String fileName = data.pickValue(FILE_NAMES);
        byte[] content = data.consumeRemainingAsBytes();
        ExtractionResult result = PIPELINE.extract(content, fileName);
        ResultInvariants.check(result, fileName);
    }
}

package cn.nianbao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.check.Checker;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.extract.DocumentReader;
import cn.nianbao.extract.FormatDetector;
import cn.nianbao.extract.MediaTypes;
import cn.nianbao.extract.ReadException;
import cn.nianbao.extract.ReaderRegistry;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.map.HeuristicMapper;
import cn.nianbao.result.ExtractionResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LimitsTest {
    /** As in models/ocr.properties. */
    private static final double OCR_THRESHOLD = 0.75;


    /** A reader that never finishes unless interrupted. */
    private static final class EndlessReader implements DocumentReader {
        final AtomicBoolean interrupted = new AtomicBoolean();

        @Override
        public Set<String> mediaTypes() {
            return Set.of(MediaTypes.TEXT);
        }

        @Override
        public SourceDocument read(byte[] content, String fileName) throws ReadException {
            try {
                Thread.sleep(Duration.ofMinutes(10).toMillis());
            } catch (InterruptedException e) {
                interrupted.set(true);
                Thread.currentThread().interrupt();
            }
            throw new ReadException("interrupted");
        }
    }

    @Test
    void aDocumentOverTheTimeLimitIsStoppedWithAClearError() throws InterruptedException {
        EndlessReader reader = new EndlessReader();
        ExtractionPipeline pipeline = new ExtractionPipeline(new FormatDetector(), new ReaderRegistry(List.of(reader)),
                FormCatalog.standard(), new HeuristicMapper(), Checker.standard(OCR_THRESHOLD), new Limits(10, Duration.ofMillis(300)));
        ExtractionResult result = pipeline.extract("二、主动公开政府信息情况".getBytes(StandardCharsets.UTF_8), "slow.txt");
        assertThat(result.status()).isEqualTo(ExtractionResult.FAILED);
        assertThat(result.error()).contains("超时").contains("0 秒");
        for (int i = 0; i < 50 && !reader.interrupted.get(); i++) {
            Thread.sleep(20);
        }
        assertThat(reader.interrupted).as("the work was interrupted, not left running").isTrue();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new Limits(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}

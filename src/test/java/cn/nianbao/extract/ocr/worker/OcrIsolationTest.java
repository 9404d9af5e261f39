package cn.nianbao.extract.ocr.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OcrIsolationTest {

    @Test
    void workerProcessesAreTheDefault() {
        OcrIsolation isolation = OcrIsolation.from(name -> null);

        assertThat(isolation.inProcess()).isFalse();
        assertThat(isolation.workers()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(isolation.pageTimeLimit()).isEqualTo(Duration.ofSeconds(60));
        assertThat(isolation.workerHeap()).isEqualTo("768m");
    }

    @Test
    void theEnvironmentSetsEachOne() {
        Map<String, String> environment = Map.of("NIANBAO_OCR_ISOLATION", "In-Process", "NIANBAO_OCR_WORKERS", "3",
                "NIANBAO_OCR_PAGE_SECONDS", " 20 ", "NIANBAO_OCR_WORKER_HEAP", "1g");

        assertThat(OcrIsolation.from(environment::get)).isEqualTo(new OcrIsolation(true, 3, Duration.ofSeconds(20), "1g"));
    }

    @Test
    void aWrongValueIsRefusedWithItsName() {
        assertThatThrownBy(() -> OcrIsolation.from(Map.of("NIANBAO_OCR_ISOLATION", "thread")::get))
                .hasMessageContaining("NIANBAO_OCR_ISOLATION");
        assertThatThrownBy(() -> OcrIsolation.from(Map.of("NIANBAO_OCR_WORKERS", "0")::get))
                .hasMessageContaining("NIANBAO_OCR_WORKERS");
        assertThatThrownBy(() -> OcrIsolation.from(Map.of("NIANBAO_OCR_WORKER_HEAP", "-Xmx1g")::get))
                .hasMessageContaining("NIANBAO_OCR_WORKER_HEAP");
    }
}

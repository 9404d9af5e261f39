package cn.nianbao.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OcrSettingsTest {

    @Test
    void theWorkingDirectorysModelsFileIsRead() {
        OcrSettings settings = OcrSettings.load();

        assertThat(settings.tessdataPath()).isEqualTo(Path.of("/usr/share/tesseract-ocr/5/tessdata"));
        assertThat(settings.textLanguage()).isEqualTo("chi_sim");
        assertThat(settings.numberLanguage()).isEqualTo("eng");
        assertThat(settings.numberPsm()).isEqualTo(7);
        assertThat(settings.maxPixels()).isEqualTo(60_000_000L);
        assertThat(settings.confidenceThreshold()).isBetween(0.0, 1.0);
    }

    @Test
    void theJarCarriesTheSameFileAsItsDefault() throws IOException {
        try (InputStream packed = OcrSettings.class.getResourceAsStream(OcrSettings.CLASSPATH_FILE)) {
            assertThat(packed).as("models/ocr.properties packed by the build").isNotNull();
            assertThat(packed.readAllBytes()).isEqualTo(Files.readAllBytes(OcrSettings.WORKING_DIRECTORY_FILE));
        }
    }

    @Test
    void aSystemPropertyOverridesOneKey() {
        System.setProperty("nianbao.ocr.tessdata.path", "/opt/tessdata_best");
        try {
            OcrSettings settings = OcrSettings.load();
            assertThat(settings.tessdataPath()).isEqualTo(Path.of("/opt/tessdata_best"));
            assertThat(settings.textLanguage()).isEqualTo("chi_sim");
        } finally {
            System.clearProperty("nianbao.ocr.tessdata.path");
        }
    }

    @Test
    void theSettingsSurviveTheirWayToAWorkerProcess() {
        OcrSettings odd = new OcrSettings(Path.of("/opt/tess data"), "chi_sim_vert", "eng", 200, 0.6, 8, 6, 3,
                "0123456789-.", 12_500_000);

        assertThat(OcrSettings.fromProperties(odd.toProperties())).isEqualTo(odd);
    }
}

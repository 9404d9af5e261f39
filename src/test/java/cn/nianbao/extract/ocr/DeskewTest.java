package cn.nianbao.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DeskewTest {

    @Test
    void anUntiltedPageHasNoTilt() {
        GreyImage page = GreyImage.of(SyntheticTable.page());

        assertThat(Deskew.estimateDegrees(page, InkLevels.of(page))).isCloseTo(0, within(0.05));
    }

    @Test
    void measuresATiltInEitherDirectionFromTheRules() {
        assertThat(tilt(0.7)).isCloseTo(0.7, within(0.05));
        assertThat(tilt(-1.2)).isCloseTo(-1.2, within(0.05));
    }

    @Test
    void rotatingByTheMeasuredTiltStraightensThePage() {
        GreyImage page = GreyImage.of(scan(0.9));
        InkLevels levels = InkLevels.of(page);

        GreyImage straight = Deskew.rotate(page, Deskew.estimateDegrees(page, levels), levels.paper());

        assertThat(Deskew.estimateDegrees(straight, InkLevels.of(straight))).isCloseTo(0, within(0.05));
        assertThat(straight.width()).isEqualTo(page.width());
        // Corners turned in from outside the page are paper, not black.
        assertThat(straight.at(0, 0)).isGreaterThan(200);
    }

    private static double tilt(double degrees) {
        GreyImage page = GreyImage.of(scan(degrees));
        return Deskew.estimateDegrees(page, InkLevels.of(page));
    }

    private static BufferedImage scan(double degrees) {
        return ScanDegrader.degrade(SyntheticTable.page(), ScanDegrader.Settings.officeScan(degrees));
    }
}

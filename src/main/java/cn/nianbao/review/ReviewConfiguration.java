package cn.nianbao.review;

import cn.nianbao.check.Checker;
import cn.nianbao.extract.ocr.OcrSettings;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.review.evidence.EvidenceFinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review side's pieces that are not Spring components themselves. */
@Configuration
class ReviewConfiguration {

    @Bean
    Recheck recheck() {
        return new Recheck(FormCatalog.standard(), Checker.standard(OcrSettings.load().confidenceThreshold()));
    }

    @Bean
    EvidenceFinder evidenceFinder() {
        return new EvidenceFinder(OcrSettings.load());
    }
}

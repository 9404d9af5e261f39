package cn.nianbao.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionRowsTest {
    private static final FormVersion VERSION = FormCatalog.standard().version("2021");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "二、主动公开政府信息情况|active",
        "2、 主动公开政府信息情况|active",
        "### 三、收到和处理政府信息公开申请情况|requests",
        "四、政府信息公开行政复议、行政诉讼情况|appeals",
        "四、政府信息公开行政法复议、行政诉讼情况|appeals",
        "四、因政府信息公开申请行政复议、提起行政诉讼的情况|appeals",
        "五、存在的主要问题及改进情况|narrative",
        "六、其他需要报告的事项|narrative",
    })
    void headingsOfTheFieldOpenTheirSection(String heading, String section) {
        assertThat(SectionRows.headingSection(heading, VERSION, null)).isEqualTo(section);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020年本行政区域政府信息公开发布总数量：5三、收到和处理政府信息公开申请情况|2020年本行政区域政府信息公开发布总数量：5",
        "0 0 0 1 1 0 0 0 0 0 0 0 0 0 0五、存在的主要问题及改进情况|0 0 0 1 1 0 0 0 0 0 0 0 0 0 0",
    })
    void aHeadingGluedToTheLineBeforeIsCutOff(String text, String before) {
        assertThat(SectionRows.atHeadings(text, VERSION)).hasSize(2).first().isEqualTo(before);
        assertThat(SectionRows.atHeadings("一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2", VERSION)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "（二）主动公开信息情况",
        "2020年，我局未收到政府信息公开申请，也未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
    })
    void narrativeThatNamesASectionOpensNone(String text) {
        assertThat(SectionRows.headingSection(text, VERSION, null)).isNull();
    }
}

package cn.nianbao.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageChromeTest {

    @ParameterizedTest
    @ValueSource(strings = {"- 3 -", "— 12 —", "3", "－3－", "第 3 页", "第3页 共5页", "第 3 页，共 5 页", "共5页 第3页",
        "3/5", "3 / 5", "Page 3", "page 3 of 5"})
    void pageNumbersAreRecognised(String text) {
        assertThat(PageChrome.isPageNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 件", "2021年", "一、总体情况", "第三十条", "共 5 件", "12.5", "- 3 - 4"})
    void otherShortLinesAreNot(String text) {
        assertThat(PageChrome.isPageNumber(text)).isFalse();
    }
}

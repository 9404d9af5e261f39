package cn.nianbao.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrTextTest {

    @Test
    void chineseLosesTheSpacesTesseractPutsBetweenCharacters() {
        assertThat(OcrText.line("铜 川 市 人 民 政 府")).isEqualTo("铜川市人民政府");
        assertThat(OcrText.line("2020 年 ， 共 收 到 申请 2 件 。")).isEqualTo("2020年，共收到申请2件。");
        assertThat(OcrText.line("LED  显示屏")).isEqualTo("LED显示屏");
        assertThat(OcrText.line("Open   Data  2.0")).isEqualTo("Open Data 2.0");
    }

    @Test
    void aCellsWrappedLinesJoinAsTheParagraphTheyAre() {
        assertThat(OcrText.cell("（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）"))
                .isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(OcrText.cell("自然\n人")).isEqualTo("自然人");
        assertThat(OcrText.cell("Open\nData")).isEqualTo("Open Data");
    }
}

package cn.nianbao.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.form.ValueKind;
import cn.nianbao.result.CellState;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTest {

    @ParameterizedTest(name = "{0} as {1} → {3} {2}")
    @CsvSource(delimiter = '|', value = {
        "0|COUNT|0|ok",
        "' 0'|COUNT|0|ok",
        "'\u00a0-'|COUNT||placeholder",
        "—|COUNT||placeholder",
        "／|COUNT||placeholder",
        "/|COUNT||placeholder",
        "无|COUNT||placeholder",
        "空|COUNT||placeholder",
        "''|COUNT||blank",
        "１２|COUNT|12|ok",
        "-3|SIGNED|-3|ok",
        "+5|SIGNED|5|ok",
        "170余|COUNT|170|approximate",
        "约5|COUNT|5|approximate",
        "5件|COUNT|5|ok",
        "1763万余元|AMOUNT|1763|approximate",
        "75394432.52元|AMOUNT|7539.443252|ok",
        "12.5|AMOUNT|12.5|ok",
        "0.0000|AMOUNT|0|ok",
        "'1,234.5'|AMOUNT|1234.5|ok",
        "3万元|AMOUNT|3|ok",
    })
    void readsTheValuesOfTheField(String text, ValueKind kind, BigDecimal value, String state) {
        ParsedValue parsed = ValueParser.parse(text, kind);
        assertThat(parsed.state()).isEqualTo(CellState.of(state));
        if (value == null) {
            assertThat(parsed.value()).isNull();
        } else {
            assertThat(parsed.value()).isEqualByComparingTo(value);
        }
        assertThat(parsed.notANumber()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"见附件", "二〇二〇年", "1.属于国家秘密", "12 34"})
    void textThatIsNoNumberIsKeptAndMarked(String text) {
        ParsedValue parsed = ValueParser.parse(text, ValueKind.COUNT);
        assertThat(parsed.notANumber()).isTrue();
        assertThat(parsed.state()).isEqualTo(CellState.MISSING);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.raw()).isEqualTo(text);
    }
}

package cn.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void foldersAndTraversalAreDropped() {
        assertThat(FileNames.base("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.base("..\\..\\windows\\报告.docx")).isEqualTo("报告.docx");
        assertThat(FileNames.base("C:\\fakepath\\2021年报.pdf")).isEqualTo("2021年报.pdf");
        assertThat(FileNames.base("reports/..")).isEqualTo("upload");
        assertThat(FileNames.base("/")).isEqualTo("upload");
        assertThat(FileNames.base(null)).isEqualTo("upload");
    }

    @Test
    void controlAndBidiCharactersAreDropped() {
        assertThat(FileNames.base("a\0b.txt")).isEqualTo("ab.txt");
        assertThat(FileNames.base("line\r\nbreak.txt")).isEqualTo("linebreak.txt");
        assertThat(FileNames.base("report\u202Etxt.exe")).isEqualTo("reporttxt.exe");
        assertThat(FileNames.base("\0")).isEqualTo("upload");
    }

    @Test
    void emojiStaysWhole() {
        assertThat(FileNames.base("📊年报😀.txt")).isEqualTo("📊年报😀.txt");
    }

    @Test
    void longNamesAreClippedKeepingTheExtensionAndWholeCharacters() {
        String clipped = FileNames.base("😀".repeat(5000) + ".docx");
        assertThat(clipped).endsWith("….docx");
        assertThat(clipped.codePointCount(0, clipped.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(clipped.codePoints().filter(c -> c == 0x1F600).count()).isEqualTo(FileNames.MAX_LENGTH - 6);
        String noExtension = FileNames.base("名".repeat(300));
        assertThat(noExtension).hasSize(FileNames.MAX_LENGTH).endsWith("名…");
    }
}

package cn.nianbao.fuzz;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormColumn;
import cn.nianbao.form.FormRow;
import cn.nianbao.form.FormTable;
import cn.nianbao.form.FormVersion;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link SourceDocument} as a reader could hand it to the mapper, built from fuzz data: paragraphs and
 * tables (spans, gaps between columns, OCR confidences) whose texts are mostly the form's own labels,
 * headings, numbers and placeholders, so that the mapper's matching is reached, and sometimes free text.
 */
final class FuzzedDocument {
    private static final List<String> WORDS = words();

    private FuzzedDocument() {
    }

    static SourceDocument of(FuzzedDataProvider data) {
        List<Block> blocks = new ArrayList<>();
        int count = data.consumeInt(0, 40);
        for (int i = 0; i < count; i++) {
            blocks.add(data.consumeBoolean() ? new Paragraph(text(data), Origin.paragraph(i)) : table(data, i));
        }
        return new SourceDocument(data.pickValue(new String[] {"docx", "html", "text", "pdf-text", "ocr"}),
                data.consumeInt(1, 50), blocks);
    }

    private static Table table(FuzzedDataProvider data, int index) {
        List<TableRow> rows = new ArrayList<>();
        int rowCount = data.consumeInt(0, 30);
        for (int r = 0; r < rowCount; r++) {
            List<TableCell> cells = new ArrayList<>();
            int column = 0;
            int cellCount = data.consumeInt(0, 16);
            for (int c = 0; c < cellCount; c++) {
                column += data.consumeInt(0, 2);
                int colSpan = data.consumeInt(1, 3);
                Origin origin = Origin.tableCell(index, r, c);
                cells.add(data.consumeInt(0, 7) == 0
                        ? new TableCell(text(data), column, colSpan, data.consumeInt(1, 3), origin,
                                data.consumeInt(0, 100) / 100.0, List.of(text(data)))
                        : new TableCell(text(data), column, colSpan, data.consumeInt(1, 3), origin));
                column += colSpan;
            }
            rows.add(new TableRow(cells));
        }
        return new Table(rows, Origin.table(index));
    }

    private static String text(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeString(30);
            case 1 -> Integer.toString(data.consumeInt(-5, 100_000));
            default -> data.pickValue(WORDS);
        };
    }

    /** The form's titles, headings, row and column labels, and the values and narrative the checks read. */
    private static List<String> words() {
        Set<String> words = new LinkedHashSet<>(List.of("", " ", "0", " 0", "-", "—", "／", "无", "空", "1763万余元",
                "170余", "约5", "1,234.5", "0.0000", "75394432.52元", "12 34", "1 2 3 4 5 6 7", "-3",
                "未收到信息公开申请", "本年度共收到政府信息公开申请12件", "2019年", "2020年度", "2021年",
                "铜川市耀州区锦阳路街道办事处2020年政府信息公开工作年度报告", "一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "2、主动公开政府信息情况", "---|---|---", "申请人情况", "法人或其他组织", "行政复议", "行政诉讼",
                "未经复议直接起诉", "复议后起诉", "本年新\n制作数量", "商业 企业", "政府集中釆购"));
        for (FormVersion version : FormCatalog.standard().versions()) {
            for (FormTable table : version.tables()) {
                words.add(table.title());
                table.columns().stream().map(FormColumn::label).forEach(words::add);
                table.rows().stream().map(FormRow::label).forEach(words::add);
            }
        }
        return List.copyOf(words);
    }
}

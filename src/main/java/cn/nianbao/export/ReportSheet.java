package cn.nianbao.export;

import cn.nianbao.form.FormCatalog;
import cn.nianbao.form.FormTable;
import cn.nianbao.form.FormVersion;
import cn.nianbao.form.layout.FormLayout;
import cn.nianbao.form.layout.GridBoxes;
import cn.nianbao.form.layout.GridPlan;
import cn.nianbao.result.Cell;
import cn.nianbao.result.Extra;
import cn.nianbao.result.ExtractionResult;
import cn.nianbao.store.FindingCounts;
import cn.nianbao.store.ReportRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The sheet 报告: the report's facts, then its three tables laid out as the printed form of its version. */
final class ReportSheet {
    private static final int LABEL_WIDTH = 14;
    private static final int LAST_LABEL_WIDTH = 40;
    private static final int VALUE_WIDTH = 12;

    private final Sheet sheet;
    private final ReportStyles styles;
    private final ReportRecord record;
    private final ExtractionResult result;
    private final DatasetRow report;
    private final Map<String, Cell> cells;
    private final CellMarks marks;
    private final Drawing<?> drawing;
    private final CreationHelper helper;
    private int row;

    private ReportSheet(Workbook workbook, ReportRecord record, ExtractionResult result) {
        this.sheet = workbook.createSheet("报告");
        this.styles = new ReportStyles(workbook);
        this.record = record;
        this.result = result;
        this.report = new DatasetRow(record, result);
        this.cells = report.cellsByKey();
        this.marks = new CellMarks(result == null ? List.of() : result.findings());
        this.drawing = sheet.createDrawingPatriarch();
        this.helper = workbook.getCreationHelper();
    }

    static void write(Workbook workbook, ReportRecord record, ExtractionResult result) {
        new ReportSheet(workbook, record, result).write();
    }

    private void write() {
        FormVersion version = result == null || result.report() == null || result.report().version() == null ? null
                : FormCatalog.standard().find(result.report().version()).orElse(null);
        Map<FormTable, List<GridPlan>> tables = new LinkedHashMap<>();
        if (version != null) {
            version.tables().forEach(t -> tables.put(t, FormLayout.blocks(t)));
        }
        int labelColumns = GridBoxes.labelColumns(tables.values().stream().flatMap(List::stream).toList());
        int columns = Math.max(labelColumns + 1, tables.values().stream()
                .mapToInt(blocks -> (blocks.get(0).labelled() ? labelColumns : 0) + FormLayout.width(blocks))
                .max().orElse(0));
        for (int c = 0; c < columns; c++) {
            int width = c < labelColumns - 1 ? LABEL_WIDTH : c == labelColumns - 1 ? LAST_LABEL_WIDTH : VALUE_WIDTH;
            sheet.setColumnWidth(c, width * 256);
        }
        GridRenderer grid = new GridRenderer(sheet, styles, this::value);
        facts(grid, columns);
        if (version == null) {
            String error = result != null && result.error() != null ? result.error() : record.error();
            row++;
            grid.box(row, row, 0, columns - 1, "没有提取结果" + (error == null ? "。" : "：" + error), styles.text);
            return;
        }
        for (Map.Entry<FormTable, List<GridPlan>> table : tables.entrySet()) {
            row++;
            grid.box(row, row, 0, columns - 1, table.getKey().title(), styles.caption);
            row++;
            int width = FormLayout.width(table.getValue());
            for (GridPlan block : table.getValue()) {
                row = grid.render(block, row, labelColumns, width);
            }
        }
        extras(grid, labelColumns);
    }

    /** The title line and what the report is: organ, year, version, status, file. */
    private void facts(GridRenderer grid, int columns) {
        String organ = report.organ();
        Integer year = report.year();
        String title = (organ == null ? "" : organ) + (year == null ? "" : year + "年") + "政府信息公开工作年度报告";
        grid.box(row, row, 0, columns - 1, title, styles.title);
        row++;
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("发布机关", organ);
        facts.put("年度", year == null ? null : year.toString());
        facts.put("表格版本", versionText(report.version()));
        facts.put("状态", record.status() == null ? null : record.status().label());
        facts.put("文件", record.fileName());
        facts.put("报告编号", report.id());
        if (result != null) {
            FindingCounts counts = FindingCounts.of(result.findings());
            facts.put("问题", "错误 " + counts.errors() + "，警告 " + counts.warnings() + "，提示 " + counts.notes());
        }
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            grid.box(row, row, 0, 0, fact.getKey(), styles.caption);
            if (fact.getValue() != null) {
                grid.box(row, row, 1, columns - 1, fact.getValue(), styles.text);
            }
            row++;
        }
    }

    private static String versionText(String id) {
        if (id == null) {
            return null;
        }
        return FormCatalog.standard().find(id).map(v -> id + "（" + v.issued() + "）").orElse(id);
    }

    /** Rows a region adds to the form (本行政区域政府信息公开发布总数量), below the tables. */
    private void extras(GridRenderer grid, int labelColumns) {
        List<Extra> extras = result.extras() == null ? List.of() : result.extras();
        if (extras.isEmpty()) {
            return;
        }
        row++;
        grid.box(row, row, 0, labelColumns, "其他数据", styles.caption);
        row++;
        for (Extra extra : extras) {
            grid.box(row, row, 0, labelColumns - 1, extra.label(), styles.label);
            org.apache.poi.ss.usermodel.Cell target = sheet.getRow(row).createCell(labelColumns);
            target.setCellStyle(styles.value(CellMarks.Mark.NONE));
            if (extra.value() != null) {
                target.setCellValue(extra.value().doubleValue());
            } else if (extra.raw() != null) {
                target.setCellValue(extra.raw().strip());
            }
            row++;
        }
    }

    /** A cell of the form: the number, else the source's text (-, 无, …), with its mark and note. */
    private void value(org.apache.poi.ss.usermodel.Cell target, String key) {
        Cell cell = cells.get(key);
        if (cell != null && cell.hasValue()) {
            target.setCellValue(cell.getValue().doubleValue());
        } else if (cell != null && cell.getRaw() != null && !cell.getRaw().isBlank()) {
            target.setCellValue(cell.getRaw().strip());
        }
        target.setCellStyle(styles.value(marks.mark(key, cell)));
        String note = marks.note(key, cell);
        if (note != null) {
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(target.getColumnIndex() + 1);
            anchor.setCol2(target.getColumnIndex() + 5);
            anchor.setRow1(target.getRowIndex());
            anchor.setRow2(target.getRowIndex() + 2 + note.split("\n").length);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(note));
            comment.setAuthor("Nianbao");
            target.setCellComment(comment);
        }
    }
}

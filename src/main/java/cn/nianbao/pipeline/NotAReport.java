package cn.nianbao.pipeline;

import cn.nianbao.document.Block;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.util.regex.Pattern;

/**
 * A document in which no cell of the form was found must say why, rather than come back as a form full
 * of missing cells: it is no report at all (a letter, a meeting schedule), or its tables are gone.
 */
final class NotAReport {
    private static final Pattern REPORT_WORDS = Pattern.compile(
            "信息公开.{0,6}年度报告|政府信息公开工作|主动公开政府信息|政府信息公开申请|行政复议、?行政诉讼");

    private NotAReport() {
    }

    static boolean looksLikeReport(SourceDocument document) {
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p && REPORT_WORDS.matcher(p.text()).find()) {
                return true;
            }
            if (block instanceof Table t) {
                for (TableRow row : t.rows()) {
                    for (TableCell cell : row.cells()) {
                        if (REPORT_WORDS.matcher(cell.text()).find()) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Why no cell of the form was found, as far as the document shows. */
    static String message(SourceDocument document) {
        boolean hasTables = document.blocks().stream().anyMatch(b -> b instanceof Table);
        if (looksLikeReport(document)) {
            return hasTables
                    ? "文件像是政府信息公开工作年度报告，但其中的表格无法对应到年报表格的任何一项。"
                    : "文件像是政府信息公开工作年度报告，但其中没有表格（表格可能是图片或已丢失），无法读取任何数据。";
        }
        return hasTables
                ? "文件不是政府信息公开工作年度报告：其中的表格与年报表格无关。"
                : "文件不是政府信息公开工作年度报告：其中没有表格，也没有年报的内容。";
    }
}

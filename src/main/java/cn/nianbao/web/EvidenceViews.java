package cn.nianbao.web;

import cn.nianbao.result.Cell;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The evidence beside a selected cell (filled in by the evidence finder). */
@Component
class EvidenceViews {

    Evidence of(UUID report, Cell cell) {
        if (cell.getOrigin() == null) {
            return Evidence.none("原文中没有这个单元格（表格缺失或不完整），请对照原件补录。");
        }
        return Evidence.none(Origins.describe(cell.getOrigin()));
    }
}

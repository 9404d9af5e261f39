package cn.nianbao.web;

import java.util.List;

/**
 * The evidence beside a selected cell, as the page shows it: an image URL, a source table row, or lines of text.
 *
 * @param caption where in the source it is (第 3 页, 第 2 张表 第 5 行), or why there is none
 */
record EvidenceView(String caption, String imageUrl, List<CellPanel.EvidenceText> row,
                List<CellPanel.EvidenceText> lines) {

    static EvidenceView none(String why) {
        return new EvidenceView(why, null, null, null);
    }
}

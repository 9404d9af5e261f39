package cn.nianbao.web;

import java.util.List;

/** One table of the form as the page lays it out: header rows, then labelled rows of cells. */
public record TableView(String title, List<Row> rows) {

    /** A header row (labels only) or a row of cells under its label. */
    public record Row(boolean header, String label, List<CellView> cells) {
    }
}

package cn.nianbao.web;

import java.util.List;

/** One table of the form as the printed form lays it out: rows of boxes, merged where the form merges them. */
public record TableView(String title, List<List<CellView>> rows) {
}

package cn.nianbao.web;

import cn.nianbao.document.Origin;

/** Where a value was read, in words. */
final class Origins {
    private Origins() {
    }

    static String describe(Origin origin) {
        if (origin == null) {
            return "原文中没有（表格缺失或不完整）";
        }
        StringBuilder where = new StringBuilder();
        if (origin.page() != null) {
            where.append("第 ").append(origin.page()).append(" 页 ");
        }
        if (origin.table() != null) {
            where.append("第 ").append(origin.table() + 1).append(" 张表 ");
        }
        if (origin.row() != null) {
            where.append("第 ").append(origin.row() + 1).append(" 行 ");
        }
        if (origin.line() != null) {
            where.append("第 ").append(origin.line()).append(" 行 ");
        }
        if (origin.paragraph() != null) {
            where.append("第 ").append(origin.paragraph() + 1).append(" 段 ");
        }
        if (origin.cell() != null) {
            where.append("第 ").append(origin.cell() + 1).append(" 格");
        }
        return where.toString().strip();
    }
}

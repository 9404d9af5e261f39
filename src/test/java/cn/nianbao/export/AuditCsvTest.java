package cn.nianbao.export;

import static cn.nianbao.export.ExportFixtures.approval;
import static cn.nianbao.export.ExportFixtures.cellEdit;
import static cn.nianbao.export.ExportFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.review.AuditEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void entriesWithTheColumnsOfTheAuditSheets() throws IOException {
        UUID report = UUID.randomUUID();
        Instant at = Instant.parse("2023-12-31T16:30:00Z");
        List<AuditEntry> entries = List.of(
                cellEdit(report, at, "李四", "active.art20_8_fees.amount_wan", "12.5", "ok", "-3", "=1+1 原件为 -3"),
                approval(report, at, "@admin", null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditCsv.write(entries, out);
        List<CSVRecord> records = csv(out.toByteArray());
        assertThat(records.get(0).toList()).containsExactly("报告编号", "时间", "操作人", "类型", "单元格", "单元格名称", "原值",
                "原状态", "新值", "新状态", "原因");
        // 16:30 UTC on 31 December is half past midnight of the new year in Beijing.
        assertThat(records.get(1).toList()).containsExactly(report.toString(), "2024-01-01 00:30:00", "李四", "单元格",
                "active.art20_8_fees.amount_wan", "二·第二十条第（八）项 行政事业性收费·本年收费金额（单位：万元）", "12.5", "已读取",
                "-3", "已更正", "'=1+1 原件为 -3");
        assertThat(records.get(2).toList()).containsExactly(report.toString(), "2024-01-01 00:30:00", "'@admin", "状态",
                "", "", "待审核", "", "已审核通过", "", "");
        assertThat(records).hasSize(3);
    }
}

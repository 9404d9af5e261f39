package cn.nianbao.map.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * Scripted model replies for the damaged fixtures (fixtures/damaged/), written from the undamaged report
 * (cases/2021-full.txt): what a model that understood the fragment would answer.
 */
public final class DamagedReplies {
    /** The columns of 三 in order; first, as the replies below are built from it. */
    private static final List<String> COLUMNS = List.of("natural_person", "commercial", "research",
            "public_interest", "legal_services", "other_org", "total");
    /** 2021-lost-labels.txt, table 二: the value row left without its label 行政许可. */
    public static final String ACTIVE = """
            {"cells": {"active.art20_5_licensing.decisions": "4268"}}""";
    /** 2021-lost-labels.txt, table 三: the three value rows left without their labels. */
    public static final String REQUESTS = requestRows(
            "denied_prohibited_by_law 1 0 0 0 0 0 1",
            "denied_third_party 1 1 0 0 0 0 2",
            "denied_query_service 2 0 0 0 0 0 2");

    /** 2021-shuffled-rows.txt: the six relabelled rows of 三（三）不予公开, put back on their rows of the form. */
    public static final String SHUFFLED_REQUESTS = requestRows(
            "denied_state_secret 0 0 0 0 0 0 0",
            "denied_prohibited_by_law 1 0 0 0 0 0 1",
            "denied_security_stability 0 0 0 0 0 0 0",
            "denied_third_party 1 1 0 0 0 0 2",
            "denied_internal_affairs 0 0 0 0 0 0 0",
            "denied_query_service 2 0 0 0 0 0 2");

    /** 2021-split-row.txt: 1.本机关不掌握相关政府信息, its two halves joined again (6 2 0 | 0 1 0 9). */
    public static final String SPLIT_REQUESTS = requestRows("unable_not_held 6 2 0 0 1 0 9");

    private DamagedReplies() {
    }

    /** The right reply for whichever table the request about 2021-lost-labels.txt asks about. */
    public static String forRequest(String requestBody) {
        return requestBody.contains("active.art20_5_licensing.decisions") ? ACTIVE : REQUESTS;
    }

    /** A reply placing whole rows of 三, each given as its row key and its seven tokens in column order. */
    public static String requestRows(String... rows) {
        List<String> entries = new ArrayList<>();
        for (String row : rows) {
            String[] parts = row.split(" ");
            for (int c = 0; c < COLUMNS.size(); c++) {
                entries.add("  \"requests." + parts[0] + "." + COLUMNS.get(c) + "\": \"" + parts[c + 1] + "\"");
            }
        }
        return "{\"cells\": {\n" + String.join(",\n", entries) + "\n}}";
    }
}

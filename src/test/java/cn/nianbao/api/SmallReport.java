package cn.nianbao.api;

import java.nio.charset.StandardCharsets;

/**
 * A small report for service tests: title and table 三 pasted as text, every row balanced, all requests
 * from 自然人. Different organs give different contents (and so different reports).
 */
public final class SmallReport {
    private SmallReport() {
    }

    public static byte[] of(String organ, int year, int newRequests, int carriedOver, int carriedForward) {
        int handled = newRequests + carriedOver - carriedForward;
        String text = String.join("\n", organ + year + "年政府信息公开工作年度报告",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量 " + row(newRequests),
                "二、上年结转政府信息公开申请数量 " + row(carriedOver),
                "（一）予以公开 " + row(handled),
                "（七）总计 " + row(handled),
                "四、结转下年度继续办理 " + row(carriedForward), "");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String row(int naturalPersons) {
        return naturalPersons + " 0 0 0 0 0 " + naturalPersons;
    }
}

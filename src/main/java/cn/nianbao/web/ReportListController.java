package cn.nianbao.web;

import cn.nianbao.check.RuleNames;
import cn.nianbao.store.ReportPage;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportStore;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of reports with its filters and search. */
@Controller
class ReportListController {
    private static final int PAGE_SIZE = 50;

    private final ReportStore store;

    ReportListController(ReportStore store) {
        this.store = store;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/reports";
    }

    @GetMapping("/reports")
    String list(@ModelAttribute("query") ReportQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        ReportPage found = store.list(query.filter(), Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("reports", found);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("statuses", Arrays.asList(ReportStatus.values()));
        model.addAttribute("rules", RuleNames.all());
        model.addAttribute("queryString", query.queryString());
        model.addAttribute("labels", new PageLabels());
        return "reports";
    }
}

package cn.nianbao.web;

import cn.nianbao.review.ReviewOutcome;
import cn.nianbao.review.ReviewRefused;
import cn.nianbao.review.ReviewService;
import java.security.Principal;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reviewer's actions on a report page. Each answers with a redirect back to the page (post/redirect/get),
 * carrying what the change did: the findings that went away and those that appeared, or why it was refused.
 */
@Controller
class ReviewActionController {
    private final ReviewService review;

    ReviewActionController(ReviewService review) {
        this.review = review;
    }

    @PostMapping("/reports/{id}/cells/{key}")
    String correct(@PathVariable UUID id, @PathVariable String key, @RequestParam int revision,
                   @RequestParam String value, @RequestParam(required = false) String reason, Principal who,
                   RedirectAttributes flash) {
        return changed(id, key, flash, () -> review.correct(id, revision, actor(who), key, value, reason));
    }

    @PostMapping("/reports/{id}/cells/{key}/confirm")
    String confirm(@PathVariable UUID id, @PathVariable String key, @RequestParam int revision, Principal who,
                   RedirectAttributes flash) {
        return changed(id, key, flash, () -> review.confirmInferred(id, revision, actor(who), key));
    }

    @PostMapping("/reports/{id}/findings/{index}/confirm")
    String confirmAll(@PathVariable UUID id, @PathVariable int index, @RequestParam int revision,
                      @RequestParam(required = false) String cell, Principal who, RedirectAttributes flash) {
        return changed(id, cell, flash, () -> review.confirmInferred(id, revision, actor(who), index));
    }

    @PostMapping("/reports/{id}/findings/{index}/accept")
    String accept(@PathVariable UUID id, @PathVariable int index, @RequestParam int revision,
                  @RequestParam(required = false) String cell, Principal who, RedirectAttributes flash) {
        return changed(id, cell, flash, () -> review.acceptSuggestion(id, revision, actor(who), index));
    }

    @PostMapping("/reports/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam int revision, @RequestParam(required = false) String reason,
                   Principal who, RedirectAttributes flash) {
        return decided(id, flash, () -> review.approve(id, revision, actor(who), reason), "报告已批准。");
    }

    @PostMapping("/reports/{id}/reopen")
    String reopen(@PathVariable UUID id, @RequestParam int revision, @RequestParam(required = false) String reason,
                  Principal who, RedirectAttributes flash) {
        return decided(id, flash, () -> review.reopen(id, revision, actor(who), reason), "已撤销批准。");
    }

    private static String changed(UUID id, String cell, RedirectAttributes flash, Supplier<ReviewOutcome> action) {
        try {
            flash.addFlashAttribute("outcome", action.get());
        } catch (ReviewRefused refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:" + page(id, cell);
    }

    private static String decided(UUID id, RedirectAttributes flash, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("notice", done);
        } catch (ReviewRefused refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:" + page(id, null);
    }

    private static String page(UUID id, String cell) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/{id}");
        if (cell != null && !cell.isBlank()) {
            uri.queryParam("cell", cell);
        }
        return uri.buildAndExpand(id).encode().toUriString();
    }

    private static String actor(Principal who) {
        return who == null ? "匿名" : who.getName();
    }
}

package cn.nianbao.account.web;

import cn.nianbao.account.AccountRefused;
import cn.nianbao.account.AccountService;
import cn.nianbao.account.AccountUser;
import cn.nianbao.account.ApiTokens;
import cn.nianbao.account.IssuedToken;
import java.security.Principal;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** One's own account: the password, and the API tokens (a new one is shown once, on the page after creating it). */
@Controller
@RequestMapping("/account")
class AccountPage {
    private final AccountService accounts;
    private final ApiTokens tokens;

    AccountPage(AccountService accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    String account(Principal principal, Model model) {
        model.addAttribute("account", accounts.find(principal.getName()).orElseThrow());
        model.addAttribute("tokens", tokens.of(principal.getName()));
        return "account";
    }

    /** Also where every page leads while the password must be changed. */
    @GetMapping("/password")
    String passwordForm(Authentication authentication, Model model) {
        model.addAttribute("forced", AccountUser.mustChangePassword(authentication));
        return "password";
    }

    @PostMapping("/password")
    String changePassword(Principal principal, @RequestParam(defaultValue = "") String current,
                          @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String repeat, RedirectAttributes next) {
        try {
            if (!password.equals(repeat)) {
                throw new AccountRefused("两次输入的新密码不一致。");
            }
            accounts.changePassword(principal.getName(), current, password);
        } catch (AccountRefused e) {
            next.addFlashAttribute("error", e.getMessage());
            return "redirect:/account/password";
        }
        next.addFlashAttribute("notice", "密码已修改。");
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String issueToken(Principal principal, @RequestParam(defaultValue = "") String label, RedirectAttributes next) {
        try {
            IssuedToken issued = tokens.issue(principal.getName(), label);
            next.addFlashAttribute("issued", issued);
            next.addFlashAttribute("uploadUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/api/reports").toUriString());
        } catch (AccountRefused e) {
            next.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(Principal principal, @PathVariable UUID id, RedirectAttributes next) {
        next.addFlashAttribute("notice", tokens.revoke(principal.getName(), id) ? "令牌已撤销，不能再用。"
                : "没有这个令牌（可能已撤销）。");
        return "redirect:/account";
    }
}

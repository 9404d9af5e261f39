package cn.nianbao.account.web;

import cn.nianbao.account.AccountRefused;
import cn.nianbao.account.AccountService;
import cn.nianbao.account.NewAccount;
import cn.nianbao.account.Role;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins: the accounts, creating one, resetting a password, disabling and enabling. */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountsPage {
    private final AccountService accounts;

    AdminAccountsPage(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.accounts());
        model.addAttribute("roles", Role.values());
        return "admin/accounts";
    }

    @PostMapping
    String create(Principal admin, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String role,
                  @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "false") boolean temporary, RedirectAttributes next) {
        return act(next, "已创建账户 " + username.strip() + "。", () -> accounts.create(admin.getName(),
                new NewAccount(username, displayName, Role.parse(role).orElse(null), password, temporary)));
    }

    @PostMapping("/{username}/password")
    String resetPassword(Principal admin, @PathVariable String username,
                         @RequestParam(defaultValue = "") String password, RedirectAttributes next) {
        return act(next, "已重设 " + username + " 的密码；TA 下次登录时须修改。",
                () -> accounts.resetPassword(admin.getName(), username, password));
    }

    @PostMapping("/{username}/enabled")
    String setEnabled(Principal admin, @PathVariable String username, @RequestParam boolean enabled,
                      RedirectAttributes next) {
        return act(next, (enabled ? "已启用 " : "已停用 ") + username + "。",
                () -> accounts.setEnabled(admin.getName(), username, enabled));
    }

    private static String act(RedirectAttributes next, String done, Runnable action) {
        try {
            action.run();
            next.addFlashAttribute("notice", done);
        } catch (AccountRefused e) {
            next.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }
}

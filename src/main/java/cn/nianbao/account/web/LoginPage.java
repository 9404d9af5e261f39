package cn.nianbao.account.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form; Spring Security takes its POST /login and POST /logout. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 HttpSession session, Model model) {
        if (error != null) {
            // One message for a wrong password, an unknown user and a disabled account: it must not tell them apart.
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("error", failure instanceof LockedException locked ? locked.getMessage()
                    : "用户名或密码不对，或账户已停用。");
        }
        if (logout != null) {
            model.addAttribute("notice", "已退出登录。");
        }
        return "login";
    }
}

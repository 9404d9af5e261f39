package cn.nianbao.security;

import cn.nianbao.account.AccountUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A UI page refused to an account that must change its password leads to the change-password page (it holds no
 * role until then, see {@link AccountUser}); every other refusal, and any request without a valid CSRF token, is a
 * plain 403.
 */
final class PasswordChangeFirst implements AccessDeniedHandler {
    static final String PAGE = "/account/password";

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        boolean mustChange = AccountUser.mustChangePassword(SecurityContextHolder.getContext().getAuthentication());
        if (mustChange && 
!(e instanceof CsrfException)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        forbidden.handle(request, response, e);
    }
}

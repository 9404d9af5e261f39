package cn.nianbao.security;

import cn.nianbao.account.AccountDetailsService;
import cn.nianbao.account.AccountUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a session's account again on every UI request (one lookup by key), so that what an admin changes counts
 * at once: a disabled account's sessions end, a reset password sends its sessions to the change-password page, and
 * a changed password lifts that.
 */
final class CurrentAccountFilter extends OncePerRequestFilter {
    private final AccountDetailsService accounts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentAccountFilter(AccountDetailsService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            refresh(signedIn, request, response);
        }
        chain.doFilter(request, response);
    }

    private void refresh(Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        Optional<AccountUser> now = accounts.current(signedIn.getName());
        if (now.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return;
        }
        AccountUser user = now.get();
        if (!new HashSet<>(user.getAuthorities()).equals(new HashSet<>(signedIn.getAuthorities()))) {
            UsernamePasswordAuthenticationToken fresh =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            fresh.setDetails(signedIn.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(fresh);
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
        }
    }
}

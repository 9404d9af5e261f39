package cn.nianbao.security;

import cn.nianbao.account.Account;
import cn.nianbao.account.AccountUser;
import cn.nianbao.account.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: the token's account acts, for this request only. A token that
 * is unknown (or revoked), or whose account is disabled, is answered 401 at once.
 */
final class ApiTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint refuse;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint refuse) {
        this.tokens = tokens;
        this.refuse = refuse;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = tokens.authenticate(header.substring(BEARER.length()).strip())
                .filter(Account::enabled);
        if (account.isEmpty()) {
            SecurityContextHolder.clearContext();
            refuse.commence(request, response, new BadCredentialsException("unknown or revoked token"));
            return;
        }
        AccountUser user = AccountUser.of(account.get());
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}

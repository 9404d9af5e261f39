package cn.nianbao.security;

import cn.nianbao.account.AccountUser;
import cn.nianbao.api.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's 401 and 403 in its usual JSON shape ({@link ApiError}), in Chinese. A 401 names both ways in
 * (WWW-Authenticate: Bearer and Basic).
 */
final class ApiAuthErrors implements AuthenticationEntryPoint, AccessDeniedHandler {
    private static final String REALM = "realm=\"nianbao\"";

    private final ObjectMapper json;

    ApiAuthErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM);
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic " + REALM + ", charset=\"UTF-8\"");
        write(response, new ApiError(401, "unauthorized", unauthorized(e)));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        boolean mustChange = AccountUser.mustChangePassword(SecurityContextHolder.getContext().getAuthentication());
        write(response, mustChange
                ? new ApiError(403, "password_change_required",
                "这个账户须先修改密码：请在网页上登录并修改密码后再使用 API。")
                : new ApiError(403, "forbidden", "这个账户没有权限做这件事。"));
    }

    private static String unauthorized(AuthenticationException e) {
        if (e instanceof LockedException) {
            return e.getMessage();
        }
        if (e instanceof InsufficientAuthenticationException) {
            return "需要登录：请在请求头中带上 Authorization: Bearer <令牌>（在网页“我的账户”中创建），"
                    + "或用账户的用户名和密码（HTTP Basic）。";
        }
        // Disabled accounts get the same words: a password guess must not learn which accounts exist.
        return "用户名、密码或令牌不对（或令牌已撤销、账户已停用）。";
    }

    private void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), error);
    }
}

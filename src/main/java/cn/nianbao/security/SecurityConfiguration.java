package cn.nianbao.security;

import cn.nianbao.account.AccountDetailsService;
import cn.nianbao.account.ApiTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. {@code /api/**}: stateless, a token (Bearer) or an account's password (Basic) on every call,
 * never a cookie, so CSRF cannot apply there and is off; 401/403 as the API's JSON. Everything else is the UI: form
 * login, a session, CSRF on, {@code /admin/**} for admins and every other page for reviewers (admins included); only
 * the login page, the style sheets, health, metrics and the OpenAPI description are public.
 */
@Configuration
public class SecurityConfiguration {
    /** Same-origin files only: the pages have no inline script or style. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} today; the prefix lets stored hashes move to another algorithm later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one password check of both chains, so that the throttle counts form and Basic logins together. */
    @Bean
    AuthenticationManager accountAuthentication(AccountDetailsService accounts, PasswordEncoder encoder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new LoginThrottle(passwords, Instant::now));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication, ApiTokens tokens,
                            ObjectMapper json) throws Exception {
        ApiAuthErrors errors = new ApiAuthErrors(json);
        return http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("REVIEWER"))
                .addFilterBefore(new ApiTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("nianbao").authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager authentication, AccountDetailsService accounts)
            throws Exception {
        return http
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        // Errors are rendered for requests that were already let through (or refused).
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/login", "/css/**", "/favicon.ico", "/actuator/health/**",
                                "/actuator/prometheus", "/v3/api-docs/**").permitAll()
                        .requestMatchers(PasswordChangeFirst.PAGE).authenticated()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().hasRole("REVIEWER"))
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(handling -> handling.accessDeniedHandler(new PasswordChangeFirst()))
                .addFilterBefore(new CurrentAccountFilter(accounts), AnonymousAuthenticationFilter.class)
                .csrf(Customizer.withDefaults())
                .headers(SecurityConfiguration::headers)
                .build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}

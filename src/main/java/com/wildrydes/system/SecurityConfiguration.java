package com.wildrydes.system;

import com.wildrydes.cognito.provision.PoolSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may see what. Sign-in is not Spring's form login: the sign-in page asks Cognito and then
 * starts the session itself with the beans below, so the same repository, request cache and
 * session strategy are shared between this filter chain and that page.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** No inline script or style anywhere: every script is a file under /js, every style under /css. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The pages anyone may open (the rest needs a sign-in), the static files and the health probe. */
    private static final String[] PUBLIC_PATHS = {Routes.HOME, Routes.REGISTER, Routes.VERIFY, Routes.VERIFY_RESEND,
        Routes.FORGOT_PASSWORD, Routes.RESET_PASSWORD, Routes.RESET_PASSWORD_RESEND, Routes.NEW_PASSWORD,
        Routes.SIGN_IN, Routes.SIGN_IN_EMAIL_CODE, Routes.SIGN_IN_EMAIL_CODE_SEND, Routes.SIGN_OUT, Routes.LOCAL_OUTBOX,
        Routes.ERROR, Routes.SIGN_IN_AUTHENTICATOR_CODE, Routes.SIGN_IN_AUTHENTICATOR_SETUP,
        Routes.SIGN_IN_PASSKEY, Routes.SIGN_IN_PASSKEY_START,
        "/css/**", "/js/**", "/img/**", "/favicon.ico", "/actuator/health/**"};

    @Bean
    SecurityFilterChain siteSecurity(HttpSecurity http, SecurityContextRepository contexts, RequestCache requests,
            CsrfTokenRepository csrfTokens, SessionAuthenticationStrategy signInSessions) {
        http.authorizeHttpRequests(pages -> pages
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(Routes.ADMIN_ALL).hasRole(PoolSpec.ADMINS_GROUP)
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requests))
                .exceptionHandling(denied -> denied.authenticationEntryPoint(signInFirst()))
                .sessionManagement(sessions -> sessions.sessionAuthenticationStrategy(signInSessions))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable); // POST /signout is a page of its own
        return http.build();
    }

    /** To the sign-in page by a relative Location: never built from the Host header the request claimed. */
    private static LoginUrlAuthenticationEntryPoint signInFirst() {
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(Routes.SIGN_IN);
        signIn.setFavorRelativeUris(true);
        return signIn;
    }

    /** The signed-in user lives in the HTTP session (and in the request while it is handled). */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    /** Remembers the page an anonymous visitor first asked for (GETs only), to return there after sign-in. */
    @Bean
    RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"));
        return cache;
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }

    /** At sign-in: a new session id (no fixation) and a new CSRF token. */
    @Bean
    SessionAuthenticationStrategy signInSessionStrategy(CsrfTokenRepository csrfTokens) {
        return new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
    }
}

package com.wildrydes.admin;

import com.wildrydes.signin.SignedInUser;
import com.wildrydes.system.Routes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every admin page asks {@link AdminMembership} before it runs. Spring Security has already checked the ID token's
 * {@code admins} claim (SecurityConfiguration), so riders are turned away without a Cognito call; a refusal here
 * is Spring Security's own 403 and its page.
 */
@Configuration(proxyBeanMethods = false)
class AdminPagesConfiguration implements WebMvcConfigurer {

    /** Looked up per request: page tests of other packages load this configuration without the directory. */
    private final ObjectProvider<AdminMembership> membership;

    AdminPagesConfiguration(ObjectProvider<AdminMembership> membership) {
        this.membership = membership;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MembershipCheck()).addPathPatterns(Routes.ADMIN_ALL);
    }

    private final class MembershipCheck implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            AdminMembership members = membership.getIfAvailable();
            if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser admin
                    && members != null && members.stillAdmin(admin)) {
                return true;
            }
            throw new AccessDeniedException("not in admins according to Cognito");
        }
    }
}

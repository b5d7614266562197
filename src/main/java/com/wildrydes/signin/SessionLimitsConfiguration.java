package com.wildrydes.signin;

import com.wildrydes.cognito.auth.CognitoAuthService;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.savedrequest.RequestCache;

/** Puts {@link SessionLimitsFilter} behind Spring Security's filters, where the signed-in user is known. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionSettings.class)
public class SessionLimitsConfiguration {

    @Bean
    FilterRegistrationBean<SessionLimitsFilter> sessionLimitsFilter(CognitoAuthService cognito,
            SignedInSession signedInSession, RequestCache requestCache, SessionSettings settings, Clock clock) {
        FilterRegistrationBean<SessionLimitsFilter> registration = new FilterRegistrationBean<>(
                new SessionLimitsFilter(cognito, signedInSession, requestCache, settings, clock));
        registration.setOrder(0); // after springSecurityFilterChain (-100)
        return registration;
    }
}

package com.wildrydes.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * What an operator gets: a request id on every request, and the Prometheus scrape at {@value #SCRAPE_PATH}
 * for the operator only.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    static final String ACTUATOR_PREFIX = "/actuator/";
    static final String ACTUATOR_PATHS = ACTUATOR_PREFIX + "**";
    static final String SCRAPE_PATH = "/actuator/prometheus";

    /** First of all filters, so even the session store's and the security filters' log lines carry the id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Just inside Spring Session's filter (when there is one), before anything reads a session. */
    @Bean
    FilterRegistrationBean<SessionlessActuatorFilter> sessionlessActuatorFilter() {
        FilterRegistrationBean<SessionlessActuatorFilter> registration =
                new FilterRegistrationBean<>(new SessionlessActuatorFilter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 10);
        return registration;
    }

    /**
     * The actuator's own chain, before the site's: it never reads or makes a session, so health and scrapes
     * answer from the instance alone, whatever the session store's state and whatever cookie the caller sends.
     * The scrape reveals traffic and internals, so it is for the operator only: with {@code management.server.port}
     * set it exists only on that port (keep that port off the load balancer); otherwise only loopback clients
     * (a sidecar, an SSH tunnel) may read it, and anyone else gets a 404.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = environment.containsProperty("management.server.port");
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher(ACTUATOR_PATHS))
                .authorizeHttpRequests(endpoints -> endpoints
                        .requestMatchers(paths.matcher(SCRAPE_PATH)).access((authentication, context) ->
                                new AuthorizationDecision(ownPort || isLoopback(context.getRequest().getRemoteAddr())))
                        .anyRequest().permitAll())
                .exceptionHandling(denied -> denied
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
                        .accessDeniedHandler((request, response, failure) ->
                                response.sendError(HttpStatus.NOT_FOUND.value())))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable);
        return http.build();
    }

    static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}

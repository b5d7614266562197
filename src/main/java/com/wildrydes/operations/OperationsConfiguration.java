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
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * What an operator gets: a request id on every request, and the Prometheus scrape at {@value #SCRAPE_PATH}
 * for the operator only.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    static final String SCRAPE_PATH = "/actuator/prometheus";

    /** First of all filters, so even the session store's and the security filters' log lines carry the id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The scrape reveals traffic and internals, so it is for the operator only: with
     * {@code management.server.port} set it exists only on that port (keep the port off the load balancer);
     * otherwise only loopback clients (a sidecar, an SSH tunnel) may read it and everyone else gets a 404.
     * No session is read or made, so a scrape never touches Redis.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain prometheusScrape(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = environment.containsProperty("management.server.port");
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(SCRAPE_PATH))
                .authorizeHttpRequests(scrape -> scrape.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision(ownPort || isLoopback(context.getRequest().getRemoteAddr()))))
                .exceptionHandling(denied -> denied.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
                        .accessDeniedHandler((request, response, failure) ->
                                response.sendError(HttpStatus.NOT_FOUND.value())))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
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

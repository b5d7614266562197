package com.wildrydes.operations;

import io.lettuce.core.ClientOptions.DisconnectedBehavior;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * With {@code wildrydes.session.store=redis}: Spring Session (auto-configured by Boot) keeps every session in
 * Redis, so any instance serves any request. This adds what a Redis outage needs: commands fail at once instead
 * of queueing while the connection is down, and pages answer a 503 in the site's look instead of a stack trace.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SessionStoreEnvironment.STORE_PROPERTY, havingValue = "redis")
class RedisSessionConfiguration {

    /** Outside Spring Session's filter, so a session that cannot be loaded or saved still gets a page. */
    static final int UNAVAILABLE_FILTER_ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 10;

    /**
     * Lettuce's default queues commands while it reconnects, so a page would wait the whole command timeout
     * for a Redis that is gone; rejecting them answers the visitor at once and reconnecting goes on.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options.autoReconnect(true)
                .disconnectedBehavior(DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    FilterRegistrationBean<SessionStoreUnavailableFilter> sessionStoreUnavailableFilter(
            ThymeleafViewResolver views, LocaleResolver languages) {
        FilterRegistrationBean<SessionStoreUnavailableFilter> registration = new FilterRegistrationBean<>(
                new SessionStoreUnavailableFilter(views, languages));
        registration.setOrder(UNAVAILABLE_FILTER_ORDER);
        return registration;
    }
}

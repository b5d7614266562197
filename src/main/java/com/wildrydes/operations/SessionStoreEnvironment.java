package com.wildrydes.operations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads {@code wildrydes.session.store} before any bean exists. {@code memory} (the default) keeps sessions in
 * the servlet container and switches off every Redis and Spring Session auto-configuration, so a laptop without
 * Redis never tries to connect and health shows no Redis indicator. {@code redis} leaves them on: Spring Session
 * then keeps sessions in the Redis that {@code spring.data.redis.*} names.
 */
public class SessionStoreEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String STORE_PROPERTY = "wildrydes.session.store";
    static final String SOURCE_NAME = "wildrydesSessionStore";
    /** {@code /actuator/health/session-store}: Redis's health with its details (the failure when it is down). */
    static final String HEALTH_GROUP = "session-store";
    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    /** Everything the Redis and Spring Session starters auto-configure. */
    static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration",
            "org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration",
            "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
            "org.springframework.boot.session.autoconfigure.SessionsEndpointAutoConfiguration");

    /** Where signed-in sessions live. */
    enum SessionStore { MEMORY, REDIS }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        if (storeOf(environment) == SessionStore.REDIS) {
            // Last, so an operator's own settings win. The site's health goes DOWN with Redis; this group says why.
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, Map.of(
                    "management.endpoint.health.group." + HEALTH_GROUP + ".include", "redis",
                    "management.endpoint.health.group." + HEALTH_GROUP + ".show-details", "always")));
            return;
        }
        Set<String> excluded = new LinkedHashSet<>(Binder.get(environment)
                .bind(EXCLUDE, String[].class).map(List::of).orElse(List.of()));
        excluded.addAll(REDIS_AUTO_CONFIGURATIONS);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME,
                Map.of(EXCLUDE, String.join(",", new ArrayList<>(excluded)))));
    }

    /** Runs after the config files are loaded, so application.yml, profiles and the environment are visible. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static SessionStore storeOf(ConfigurableEnvironment environment) {
        String store = environment.getProperty(STORE_PROPERTY, "").trim();
        if (store.isEmpty()) {
            return SessionStore.MEMORY;
        }
        try {
            return SessionStore.valueOf(store.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException(
                    STORE_PROPERTY + " must be memory or redis, not '" + store + "'", unknown);
        }
    }
}

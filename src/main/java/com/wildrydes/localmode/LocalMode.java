package com.wildrydes.localmode;

import org.springframework.core.env.PropertyResolver;

/**
 * Whether the embedded local user pool runs: the one decision, made once before any bean exists (by the
 * pool's environment post-processor, which then sets {@value #ACTIVE_PROPERTY}), and the one switch that
 * the site and the pool read afterwards, through {@link ConditionalOnLocalPool} or {@link #isActive}.
 * Neutral ground: this package imports neither the site nor the pool.
 */
public final class LocalMode {

    /**
     * The setting people use: {@code true} forces the local pool on, {@code false} off; unset means "on when
     * no real user pool id is configured" (the zero-configuration start).
     */
    public static final String ENABLED_PROPERTY = "wildrydes.local-pool.enabled";
    /** Set to {@code true} once the decision is made; web slice tests may set it alone, starting no pool. */
    public static final String ACTIVE_PROPERTY = "wildrydes.local-pool.active";
    private static final String USER_POOL_ID_PROPERTY = "wildrydes.cognito.user-pool-id";

    private LocalMode() {
    }

    /** The decision, from {@value #ENABLED_PROPERTY} and, when that is unset, the configured pool id. */
    public static boolean decide(PropertyResolver environment) {
        Boolean enabled = environment.getProperty(ENABLED_PROPERTY, Boolean.class);
        if (enabled != null) {
            return enabled;
        }
        String poolId = environment.getProperty(USER_POOL_ID_PROPERTY);
        return poolId == null || poolId.isBlank();
    }

    /** Whether the decision was "runs" (what {@link ConditionalOnLocalPool} checks). */
    public static boolean isActive(PropertyResolver environment) {
        return environment.getProperty(ACTIVE_PROPERTY, Boolean.class, false);
    }
}

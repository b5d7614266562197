package com.wildrydes.localpool;

import com.wildrydes.localpool.user.UserStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The local pool is ready once its store is loaded. The store loads while the rest of the application starts
 * (with many users that takes a while), so the application reports ready only when sign-ins can be answered.
 */
class LocalPoolHealth implements HealthIndicator {

    private final UserStore store;

    LocalPoolHealth(UserStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        if (store.loaded()) {
            return Health.up().build();
        }
        return store.loadFailed()
                ? Health.down().withDetail("store", "could not be loaded; see the log").build()
                : Health.outOfService().withDetail("store", "loading").build();
    }
}

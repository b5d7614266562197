package com.wildrydes.localpool;

import com.wildrydes.localpool.user.UserStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The local pool is ready once its store is loaded, and DOWN, with the store's one-sentence reason, when the store
 * could not be opened or its last commit failed (a full disk, say) until a commit succeeds again.
 */
class LocalPoolHealth implements HealthIndicator {

    private final UserStore store;

    LocalPoolHealth(UserStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        if (store.loadFailed() || store.loaded()) {
            return store.problem().map(reason -> Health.down().withDetail("store", reason).build())
                    .orElseGet(() -> store.loaded() ? Health.up().build()
                            : Health.down().withDetail("store", "could not be loaded; see the log").build());
        }
        return Health.outOfService().withDetail("store", "loading").build();
    }
}

package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;

/** Finds the user an admin operation names, failing as Cognito's admin operations do. */
final class AdminUsers {

    private AdminUsers() {
    }

    static StoredUser require(StoreView view, String poolId, String username) {
        UserPool pool = Pools.require(view, poolId);
        return UserLookup.find(view, pool, username).orElseThrow(() -> new PoolException(PoolError.USER_NOT_FOUND,
                "User does not exist."));
    }

    static void setEnabled(PoolServices services, String poolId, String username, boolean enabled) {
        services.store().write(tx -> {
            StoredUser user = require(tx, poolId, username);
            if (user.enabled() != enabled) {
                tx.save(user.withEnabled(enabled, services.clock().instant()));
            }
            return null;
        });
    }
}

package com.wildrydes.localpool.action.lookup;

import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;

/** Finds the user an admin operation names, failing as Cognito's admin operations do. */
public final class AdminUsers {

    private AdminUsers() {
    }

    public static StoredUser require(StoreView view, String poolId, String username) {
        UserPool pool = Pools.require(view, poolId);
        return UserLookup.find(view, pool, username).orElseThrow(() -> new PoolException(PoolError.USER_NOT_FOUND,
                "User does not exist."));
    }
}

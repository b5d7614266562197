package com.wildrydes.localpool.action.lookup;

import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;

/** Looks up the pool (and client) named by a management call. */
public final class Pools {

    private Pools() {
    }

    public static UserPool require(StoreView view, String poolId) {
        return view.pool(poolId).orElseThrow(() -> new PoolException(PoolError.RESOURCE_NOT_FOUND,
                "User pool " + poolId + " does not exist."));
    }

    public static AppClient requireClient(StoreView view, String poolId, String clientId) {
        require(view, poolId);
        return view.client(clientId).filter(client -> client.poolId().equals(poolId))
                .orElseThrow(() -> new PoolException(PoolError.RESOURCE_NOT_FOUND,
                        "User pool client " + clientId + " does not exist."));
    }
}

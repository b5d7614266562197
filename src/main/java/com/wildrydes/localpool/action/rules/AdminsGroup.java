package com.wildrydes.localpool.action.rules;

import com.wildrydes.localpool.user.PoolGroup;
import com.wildrydes.localpool.user.StoreTransaction;
import com.wildrydes.localpool.user.StoredUser;
import java.time.Instant;

/**
 * The {@code admins} group people listed in {@code wildrydes.local-pool.admins} join when they confirm: a local
 * convenience with no Cognito counterpart, so a fresh machine has an administrator without any CLI call.
 */
public final class AdminsGroup {

    public static final String NAME = "admins";

    private AdminsGroup() {
    }

    public static void join(StoreTransaction tx, StoredUser user, Instant now) {
        PoolGroup group = tx.group(user.poolId(), NAME).orElse(null);
        if (group == null) {
            group = new PoolGroup(user.poolId(), NAME, "Administrators of the site", null, null, now, now);
            tx.save(group);
        }
        tx.addToGroup(user, group);
    }
}

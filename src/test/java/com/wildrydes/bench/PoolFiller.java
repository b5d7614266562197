package com.wildrydes.bench;

import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.user.UserStatus;
import com.wildrydes.localpool.user.UserStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Grows the site's pool to a given size by writing the pool's own store (its SQLite file) directly while the site
 * is stopped, in large transactions: a sign-up through the API costs an fsync and a verifier each. Filler riders share
 * rider 0's verifier, so they cannot sign in; they exist to make the pool's indexes large.
 */
final class PoolFiller {

    private static final int BATCH = 5_000;

    private PoolFiller() {
    }

    static int fill(Path dataDir, int targetUsers) {
        try (UserStore store = UserStore.open(dataDir, Clock.systemUTC())) {
            UserPool pool = store.read(view -> view.pools().stream()
                    .filter(p -> p.name().equals(PoolAccess.SITE_POOL)).findFirst().orElseThrow());
            StoredUser template = store.read(view -> view.userByEmail(pool.id(), PoolAccess.email(0)).orElseThrow());
            int have = store.read(view -> view.userCount(pool.id()));
            int filler = 0;
            while (have < targetUsers) {
                int batch = Math.min(BATCH, targetUsers - have);
                int from = filler;
                store.write(tx -> {
                    for (int i = from; i < from + batch; i++) {
                        tx.save(fillerRider(pool, template, i));
                    }
                    return null;
                });
                filler += batch;
                have += batch;
            }
            return have;
        }
    }

    private static StoredUser fillerRider(UserPool pool, StoredUser template, int index) {
        String sub = UUID.randomUUID().toString();
        Map<String, String> attributes = new LinkedHashMap<>(template.attributes());
        attributes.put("sub", sub);
        attributes.put("email", "filler" + index + "@bench.wildrydes.local");
        Instant now = Instant.now();
        return StoredUser.create(pool.id(), sub, sub, attributes, template.password(), UserStatus.CONFIRMED, now);
    }
}

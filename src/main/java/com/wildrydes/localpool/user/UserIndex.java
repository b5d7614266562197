package com.wildrydes.localpool.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Users with O(1) lookup by username and by email, and username order per pool for listing. Keyed per pool
 * by the folded name itself (usually the very string the user holds), not by a pool-and-name string per
 * user: with many users those keys were a good part of the heap and of the load time. The username order is
 * built when first listed, in one pass, rather than kept up to date while a large store loads.
 */
final class UserIndex {

    private final Map<String, PoolUsers> pools = new HashMap<>();

    /** One pool's users. */
    private static final class PoolUsers {
        final Map<String, StoredUser> byUsername = new HashMap<>();
        final Map<String, String> usernameByEmail = new HashMap<>();
        private TreeMap<String, StoredUser> ordered; // null until first needed

        /** Synchronized: listings run under the store's read lock, several at once. */
        synchronized TreeMap<String, StoredUser> ordered() {
            if (ordered == null) {
                ordered = new TreeMap<>(byUsername);
            }
            return ordered;
        }

        synchronized void putOrdered(String key, StoredUser user) {
            if (ordered != null) {
                ordered.put(key, user);
            }
        }

        synchronized void removeOrdered(String key) {
            if (ordered != null) {
                ordered.remove(key);
            }
        }
    }

    Optional<StoredUser> get(String poolId, String username) {
        PoolUsers pool = pools.get(poolId);
        return pool == null ? Optional.empty() : Optional.ofNullable(pool.byUsername.get(Keys.fold(username)));
    }

    Optional<StoredUser> byEmail(String poolId, String email) {
        PoolUsers pool = pools.get(poolId);
        String username = pool == null ? null : pool.usernameByEmail.get(Keys.fold(email));
        return username == null ? Optional.empty() : get(poolId, username);
    }

    void put(StoredUser user) {
        PoolUsers pool = pools.computeIfAbsent(user.poolId(), id -> new PoolUsers());
        String key = Keys.fold(user.username());
        StoredUser previous = pool.byUsername.put(key, user);
        if (previous != null) {
            forgetEmail(pool, previous);
        }
        if (user.email() != null) {
            pool.usernameByEmail.put(Keys.fold(user.email()), user.username());
        }
        pool.putOrdered(key, user);
    }

    void remove(String poolId, String username) {
        PoolUsers pool = pools.get(poolId);
        StoredUser removed = pool == null ? null : pool.byUsername.remove(Keys.fold(username));
        if (removed != null) {
            forgetEmail(pool, removed);
            pool.removeOrdered(Keys.fold(username));
        }
    }

    List<StoredUser> page(String poolId, String afterUsername, int limit, Predicate<StoredUser> filter) {
        PoolUsers pool = pools.get(poolId);
        if (pool == null) {
            return List.of();
        }
        TreeMap<String, StoredUser> ordered = pool.ordered();
        Map<String, StoredUser> from = afterUsername == null ? ordered : ordered.tailMap(Keys.fold(afterUsername), false);
        List<StoredUser> page = new ArrayList<>();
        for (StoredUser user : from.values()) {
            if (page.size() == limit) {
                break;
            }
            if (filter.test(user)) {
                page.add(user);
            }
        }
        return page;
    }

    /** Users in all pools. */
    int size() {
        return pools.values().stream().mapToInt(pool -> pool.byUsername.size()).sum();
    }

    int count(String poolId) {
        PoolUsers pool = pools.get(poolId);
        return pool == null ? 0 : pool.byUsername.size();
    }

    /** Only drops the email entry if it still points at this user (another user may have taken the address). */
    private static void forgetEmail(PoolUsers pool, StoredUser user) {
        if (user.email() != null) {
            pool.usernameByEmail.remove(Keys.fold(user.email()), user.username());
        }
    }
}

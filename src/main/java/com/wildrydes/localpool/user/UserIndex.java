package com.wildrydes.localpool.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Users with O(1) lookup by username and by email, and username order per pool for listing. */
final class UserIndex {

    private final Map<String, StoredUser> byUsername = new HashMap<>();
    private final Map<String, String> usernameByEmail = new HashMap<>();
    private final Map<String, TreeMap<String, StoredUser>> ordered = new HashMap<>();

    Optional<StoredUser> get(String poolId, String username) {
        return Optional.ofNullable(byUsername.get(Keys.of(poolId, username)));
    }

    Optional<StoredUser> byEmail(String poolId, String email) {
        String username = usernameByEmail.get(Keys.of(poolId, email));
        return username == null ? Optional.empty() : get(poolId, username);
    }

    void put(StoredUser user) {
        StoredUser previous = byUsername.put(Keys.of(user.poolId(), user.username()), user);
        if (previous != null) {
            forgetEmail(previous);
        }
        if (user.email() != null) {
            usernameByEmail.put(Keys.of(user.poolId(), user.email()), user.username());
        }
        ordered.computeIfAbsent(user.poolId(), pool -> new TreeMap<>()).put(Keys.fold(user.username()), user);
    }

    void remove(String poolId, String username) {
        StoredUser removed = byUsername.remove(Keys.of(poolId, username));
        if (removed != null) {
            forgetEmail(removed);
            ordered.get(poolId).remove(Keys.fold(username));
        }
    }

    List<StoredUser> page(String poolId, String afterUsername, int limit, Predicate<StoredUser> filter) {
        TreeMap<String, StoredUser> pool = ordered.getOrDefault(poolId, new TreeMap<>());
        Map<String, StoredUser> from = afterUsername == null ? pool : pool.tailMap(Keys.fold(afterUsername), false);
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
        return byUsername.size();
    }

    int count(String poolId) {
        TreeMap<String, StoredUser> pool = ordered.get(poolId);
        return pool == null ? 0 : pool.size();
    }

    /** Every user, pool by pool in username order: a snapshot in that order rebuilds the sorted index fast. */
    Stream<StoredUser> all() {
        return ordered.values().stream().flatMap(pool -> pool.values().stream());
    }

    /** Only drops the email entry if it still points at this user (another user may have taken the address). */
    private void forgetEmail(StoredUser user) {
        if (user.email() != null) {
            usernameByEmail.remove(Keys.of(user.poolId(), user.email()), user.username());
        }
    }
}

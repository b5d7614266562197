package com.wildrydes.localpool.user;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Groups and who is in them. */
final class GroupIndex {

    private final Map<String, PoolGroup> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> groupNamesByUser = new HashMap<>();

    Optional<PoolGroup> get(String poolId, String groupName) {
        return Optional.ofNullable(groups.get(Keys.of(poolId, groupName)));
    }

    void put(PoolGroup group) {
        groups.put(Keys.of(group.poolId(), group.name()), group);
    }

    void addMember(String poolId, String groupName, String username) {
        groupNamesByUser.computeIfAbsent(Keys.of(poolId, username), user -> new TreeSet<>()).add(Keys.fold(groupName));
    }

    void removeMember(String poolId, String groupName, String username) {
        Set<String> names = groupNamesByUser.get(Keys.of(poolId, username));
        if (names != null) {
            names.remove(Keys.fold(groupName));
        }
    }

    void removeUser(String poolId, String username) {
        groupNamesByUser.remove(Keys.of(poolId, username));
    }

    List<PoolGroup> groupsOf(String poolId, String username) {
        return groupNamesByUser.getOrDefault(Keys.of(poolId, username), Set.of()).stream()
                .map(name -> groups.get(Keys.of(poolId, name)))
                .filter(Objects::nonNull)
                .toList();
    }
}

package com.wildrydes.localpool.user;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The whole store in memory; changed only by applying {@link StoreChange}s. Not thread-safe by itself. */
final class StoreState implements StoreView {

    private final Map<String, UserPool> pools = new LinkedHashMap<>();
    private final Map<String, AppClient> clients = new LinkedHashMap<>();
    private final UserIndex users = new UserIndex();
    private final Map<String, ConfirmationCode> codes = new HashMap<>();
    private final GroupIndex groups = new GroupIndex();
    private final Map<String, RefreshGrant> grants = new HashMap<>();
    private final Map<String, RefreshGrant> grantsByOriginJti = new HashMap<>();

    @Override
    public Optional<UserPool> pool(String poolId) {
        return Optional.ofNullable(pools.get(poolId));
    }

    @Override
    public List<UserPool> pools() {
        return List.copyOf(pools.values());
    }

    @Override
    public Optional<AppClient> client(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    @Override
    public List<AppClient> clients(String poolId) {
        return clients.values().stream().filter(client -> client.poolId().equals(poolId)).toList();
    }

    @Override
    public Optional<StoredUser> user(String poolId, String username) {
        return users.get(poolId, username);
    }

    @Override
    public Optional<StoredUser> userByEmail(String poolId, String email) {
        return users.byEmail(poolId, email);
    }

    @Override
    public List<StoredUser> users(String poolId, String afterUsername, int limit, Predicate<StoredUser> filter) {
        return users.page(poolId, afterUsername, limit, filter);
    }

    @Override
    public int userCount(String poolId) {
        return users.count(poolId);
    }

    @Override
    public Optional<ConfirmationCode> code(String poolId, String username, CodePurpose purpose) {
        return Optional.ofNullable(codes.get(codeKey(poolId, username, purpose)));
    }

    @Override
    public Optional<PoolGroup> group(String poolId, String groupName) {
        return groups.get(poolId, groupName);
    }

    @Override
    public List<PoolGroup> groupsOf(String poolId, String username) {
        return groups.groupsOf(poolId, username);
    }

    @Override
    public Optional<RefreshGrant> grant(String tokenHash) {
        return Optional.ofNullable(grants.get(tokenHash));
    }

    @Override
    public Optional<RefreshGrant> grantByOriginJti(String originJti) {
        return Optional.ofNullable(grantsByOriginJti.get(originJti));
    }

    UserIndex users() {
        return users;
    }

    GroupIndex groups() {
        return groups;
    }

    void putPool(UserPool pool) {
        pools.put(pool.id(), pool);
    }

    void putClient(AppClient client) {
        clients.put(client.clientId(), client);
    }

    void deleteUser(String poolId, String username) {
        users.remove(poolId, username);
        for (CodePurpose purpose : CodePurpose.values()) {
            deleteCode(poolId, username, purpose);
        }
        groups.removeUser(poolId, username);
    }

    void putCode(ConfirmationCode code) {
        codes.put(codeKey(code.poolId(), code.username(), code.purpose()), code);
    }

    void deleteCode(String poolId, String username, CodePurpose purpose) {
        codes.remove(codeKey(poolId, username, purpose));
    }

    void putGrant(RefreshGrant grant) {
        grants.put(grant.tokenHash(), grant);
        grantsByOriginJti.put(grant.originJti(), grant);
    }

    private static String codeKey(String poolId, String username, CodePurpose purpose) {
        return Keys.of(poolId, username) + '\u0000' + purpose;
    }
}

package com.wildrydes.localpool.user;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The store's reads over its in-memory indexes and its user rows, written once: {@link StoreState} owns the indexes and changes
 * them; a {@link StoreTransaction} reads the same indexes, which nothing changes until it commits.
 */
abstract class StoreReads implements StoreView {

    /** The indexes themselves; one instance per store, shared by its state and its transactions. */
    static final class Indexes {
        final Map<String, UserPool> pools = new LinkedHashMap<>();
        final Map<String, AppClient> clients = new LinkedHashMap<>();
        final UserRows users = new UserRows();
        final Map<String, ConfirmationCode> codes = new HashMap<>();
        final GroupIndex groups = new GroupIndex();
        final Map<String, RefreshGrant> grants = new HashMap<>();
        final Map<String, RefreshGrant> grantsByOriginJti = new HashMap<>();
        final Map<String, SoftwareToken> softwareTokens = new HashMap<>();
        final Map<String, PoolMfaConfig> mfaConfigs = new HashMap<>();
        final Map<String, List<WebAuthnCredential>> webAuthnCredentials = new HashMap<>();
        final Map<String, PoolWebAuthnConfig> webAuthnConfigs = new HashMap<>();
        final Map<String, PoolSignInPolicy> signInPolicies = new HashMap<>();
    }

    final Indexes data;

    StoreReads(Indexes data) {
        this.data = data;
    }

    @Override
    public Optional<UserPool> pool(String poolId) {
        return Optional.ofNullable(data.pools.get(poolId));
    }

    @Override
    public List<UserPool> pools() {
        return List.copyOf(data.pools.values());
    }

    @Override
    public Optional<AppClient> client(String clientId) {
        return Optional.ofNullable(data.clients.get(clientId));
    }

    @Override
    public List<AppClient> clients(String poolId) {
        return data.clients.values().stream().filter(client -> client.poolId().equals(poolId)).toList();
    }

    @Override
    public Optional<StoredUser> user(String poolId, String username) {
        return data.users.get(poolId, username);
    }

    @Override
    public Optional<StoredUser> userByEmail(String poolId, String email) {
        return data.users.byEmail(poolId, email);
    }

    @Override
    public List<StoredUser> users(String poolId, String afterUsername, int limit, Predicate<StoredUser> filter) {
        return data.users.page(poolId, afterUsername, limit, filter);
    }

    @Override
    public int userCount(String poolId) {
        return data.users.count(poolId);
    }

    @Override
    public Optional<ConfirmationCode> code(String poolId, String username, CodePurpose purpose) {
        return Optional.ofNullable(data.codes.get(codeKey(poolId, username, purpose)));
    }

    @Override
    public Optional<PoolGroup> group(String poolId, String groupName) {
        return data.groups.get(poolId, groupName);
    }

    @Override
    public List<PoolGroup> groupsOf(String poolId, String username) {
        return data.groups.groupsOf(poolId, username);
    }

    @Override
    public Optional<RefreshGrant> grant(String tokenHash) {
        return Optional.ofNullable(data.grants.get(tokenHash));
    }

    @Override
    public Optional<RefreshGrant> grantByOriginJti(String originJti) {
        return Optional.ofNullable(data.grantsByOriginJti.get(originJti));
    }

    @Override
    public SoftwareToken softwareToken(String poolId, String username) {
        SoftwareToken token = data.softwareTokens.get(Keys.of(poolId, username));
        return token == null ? SoftwareToken.none(poolId, username) : token;
    }

    @Override
    public PoolMfaConfig mfaConfig(String poolId) {
        return data.mfaConfigs.getOrDefault(poolId, PoolMfaConfig.off(poolId));
    }

    @Override
    public List<WebAuthnCredential> webAuthnCredentials(String poolId, String username) {
        return data.webAuthnCredentials.getOrDefault(Keys.of(poolId, username), List.of());
    }

    @Override
    public PoolWebAuthnConfig webAuthnConfig(String poolId) {
        return data.webAuthnConfigs.getOrDefault(poolId, PoolWebAuthnConfig.unset(poolId));
    }

    @Override
    public Optional<PoolSignInPolicy> signInPolicy(String poolId) {
        return Optional.ofNullable(data.signInPolicies.get(poolId));
    }

    static String codeKey(String poolId, String username, CodePurpose purpose) {
        return Keys.of(poolId, username) + '\u0000' + purpose;
    }
}

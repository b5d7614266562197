package com.wildrydes.localpool.user;

/**
 * The store's state: users are read from the database when needed ({@link UserRows}), the rest is held in memory
 * and changed only by applying {@link StoreChange}s. Not thread-safe by itself.
 */
final class StoreState extends StoreReads {

    StoreState() {
        super(new Indexes());
    }

    UserRows users() {
        return data.users;
    }

    GroupIndex groups() {
        return data.groups;
    }

    void putPool(UserPool pool) {
        data.pools.put(pool.id(), pool);
    }

    void putClient(AppClient client) {
        data.clients.put(client.clientId(), client);
    }

    void deleteUser(String poolId, String username) {
        for (CodePurpose purpose : CodePurpose.values()) {
            deleteCode(poolId, username, purpose);
        }
        data.groups.removeUser(poolId, username);
        data.softwareTokens.remove(Keys.of(poolId, username));
    }

    void putSoftwareToken(SoftwareToken token) {
        data.softwareTokens.put(Keys.of(token.poolId(), token.username()), token);
    }

    void putMfaConfig(PoolMfaConfig config) {
        data.mfaConfigs.put(config.poolId(), config);
    }

    void putIdentityPool(StoredIdentityPool pool) {
        data.identityPools.put(pool.id(), pool);
    }

    void putIdentity(StoredIdentity identity) {
        data.identities.put(identity.id(), identity);
        if (identity.authenticated()) {
            data.identitiesByUser.put(userKey(identity.poolId(), identity.providerName(), identity.sub()), identity);
        }
    }

    void putCode(ConfirmationCode code) {
        data.codes.put(codeKey(code.poolId(), code.username(), code.purpose()), code);
    }

    void deleteCode(String poolId, String username, CodePurpose purpose) {
        data.codes.remove(codeKey(poolId, username, purpose));
    }

    void putGrant(RefreshGrant grant) {
        data.grants.put(grant.tokenHash(), grant);
        data.grantsByOriginJti.put(grant.originJti(), grant);
    }
}

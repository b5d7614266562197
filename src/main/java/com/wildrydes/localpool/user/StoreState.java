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
        data.webAuthnCredentials.remove(Keys.of(poolId, username));
    }

    /** Replaces the credential with the same id, or adds it last; the list held is never changed in place. */
    void putWebAuthnCredential(WebAuthnCredential credential) {
        String key = Keys.of(credential.poolId(), credential.username());
        java.util.List<WebAuthnCredential> list = new java.util.ArrayList<>(
                data.webAuthnCredentials.getOrDefault(key, java.util.List.of()));
        int at = indexOf(list, credential.credentialId());
        if (at < 0) {
            list.add(credential);
        } else {
            list.set(at, credential);
        }
        data.webAuthnCredentials.put(key, java.util.List.copyOf(list));
    }

    void deleteWebAuthnCredential(String poolId, String username, String credentialId) {
        String key = Keys.of(poolId, username);
        java.util.List<WebAuthnCredential> list = new java.util.ArrayList<>(
                data.webAuthnCredentials.getOrDefault(key, java.util.List.of()));
        list.removeIf(held -> held.credentialId().equals(credentialId));
        if (list.isEmpty()) {
            data.webAuthnCredentials.remove(key);
        } else {
            data.webAuthnCredentials.put(key, java.util.List.copyOf(list));
        }
    }

    private static int indexOf(java.util.List<WebAuthnCredential> list, String credentialId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).credentialId().equals(credentialId)) {
                return i;
            }
        }
        return -1;
    }

    void putWebAuthnConfig(PoolWebAuthnConfig config) {
        data.webAuthnConfigs.put(config.poolId(), config);
    }

    void putSignInPolicy(PoolSignInPolicy policy) {
        data.signInPolicies.put(policy.poolId(), policy);
    }

    void putSoftwareToken(SoftwareToken token) {
        data.softwareTokens.put(Keys.of(token.poolId(), token.username()), token);
    }

    void putMfaConfig(PoolMfaConfig config) {
        data.mfaConfigs.put(config.poolId(), config);
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

package com.wildrydes.localpool.identity;

import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPool;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The identity pools, their roles and the identities handed out, in memory. Not in the SQLite store yet: the store
 * checks every row it reads ({@code RowCheck}, {@code StoreCheck}) and a new table means new row types, checks and
 * an upgrade step, more than this first version needed. What a restart loses: the pools (the site provisions its
 * pool again at start-up, under a new id) and the identity ids (a rider gets a new one); credentials issued before
 * it are no longer recognised either.
 */
final class IdentityDirectory {

    /** One identity: of a user ({@code providerName} and {@code sub} set) or unauthenticated (both null). */
    record Identity(String id, String poolId, String providerName, String sub) {

        boolean authenticated() {
            return sub != null;
        }
    }

    private final String region;
    private final Map<String, IdentityPool> pools = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> roles = new HashMap<>();
    private final Map<String, Identity> identities = new HashMap<>();
    private final Map<String, String> identityOfUser = new HashMap<>();

    IdentityDirectory(String region) {
        this.region = region;
    }

    synchronized IdentityPool create(IdentityPool request) {
        String id = newId();
        IdentityPool pool = new IdentityPool(id, request.identityPoolName(), request.allowUnauthenticatedIdentities(),
                request.allowClassicFlow(), request.supportedLoginProviders(), request.developerProviderName(),
                request.openIdConnectProviderARNs(), request.cognitoIdentityProviders(), request.samlProviderARNs(),
                request.identityPoolTags());
        pools.put(id, pool);
        return pool;
    }

    synchronized IdentityPool update(IdentityPool request) {
        require(request.identityPoolId());
        pools.put(request.identityPoolId(), request);
        return request;
    }

    /** ResourceNotFoundException in Cognito's words when there is no such pool. */
    synchronized IdentityPool require(String poolId) {
        IdentityPool pool = pools.get(poolId);
        if (pool == null) {
            throw new PoolException(PoolError.RESOURCE_NOT_FOUND, "IdentityPool '" + poolId + "' not found.");
        }
        return pool;
    }

    /** The pools in the order they were created. */
    synchronized List<IdentityPool> pools() {
        return new ArrayList<>(pools.values());
    }

    synchronized void setRoles(String poolId, Map<String, String> poolRoles) {
        require(poolId);
        roles.put(poolId, Map.copyOf(poolRoles));
    }

    synchronized Map<String, String> roles(String poolId) {
        require(poolId);
        return roles.getOrDefault(poolId, Map.of());
    }

    /** The one identity of this user in this pool, made on first use. */
    synchronized Identity identityOf(String poolId, VerifiedLogin login) {
        String key = poolId + '\n' + login.providerName() + '\n' + login.sub();
        String id = identityOfUser.computeIfAbsent(key, absent -> add(poolId, login.providerName(), login.sub()));
        return identities.get(id);
    }

    /** A new identity for a signed-out visitor: Cognito gives one per GetId call without logins. */
    synchronized Identity newUnauthenticated(String poolId) {
        return identities.get(add(poolId, null, null));
    }

    synchronized Optional<Identity> identity(String identityId) {
        return Optional.ofNullable(identities.get(identityId));
    }

    private String add(String poolId, String providerName, String sub) {
        String id = newId();
        identities.put(id, new Identity(id, poolId, providerName, sub));
        return id;
    }

    /** {@code <region>:<uuid>}, the form of both identity pool ids and identity ids. */
    private String newId() {
        return region + ":" + UUID.randomUUID();
    }
}

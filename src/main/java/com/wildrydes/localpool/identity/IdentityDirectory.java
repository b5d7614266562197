package com.wildrydes.localpool.identity;

import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.StoredIdentity;
import com.wildrydes.localpool.user.StoredIdentityPool;
import com.wildrydes.localpool.user.StoredIdentityPool.LinkedClient;
import com.wildrydes.localpool.user.UserStore;
import com.wildrydes.localpool.wire.IdentityPoolShapes.CognitoIdentityProvider;
import com.wildrydes.localpool.wire.IdentityPoolShapes.IdentityPool;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The identity pools, their roles and the identities handed out, kept in the local pool's store: a restart keeps
 * every pool and every rider's identity id. Credentials issued for them are not kept ({@link IssuedCredentials}).
 */
final class IdentityDirectory {

    private static final String AUTHENTICATED = "authenticated";
    private static final String UNAUTHENTICATED = "unauthenticated";

    private final String region;
    private final UserStore store;

    IdentityDirectory(String region, UserStore store) {
        this.region = region;
        this.store = store;
    }

    IdentityPool create(IdentityPool request) {
        StoredIdentityPool pool = stored(newId(), request, null, null);
        store.write(tx -> {
            tx.save(pool);
            return null;
        });
        return wire(pool);
    }

    /** Every setting replaced by the request's; the roles stay. */
    IdentityPool update(IdentityPool request) {
        return wire(store.write(tx -> {
            StoredIdentityPool old = require(tx, request.identityPoolId());
            StoredIdentityPool pool = stored(old.id(), request, old.authenticatedRole(), old.unauthenticatedRole());
            tx.save(pool);
            return pool;
        }));
    }

    /** ResourceNotFoundException in Cognito's words when there is no such pool. */
    IdentityPool require(String poolId) {
        return wire(store.read(view -> require(view, poolId)));
    }

    /** The pools in the order they were created. */
    List<IdentityPool> pools() {
        return store.read(StoreView::identityPools).stream().map(IdentityDirectory::wire).toList();
    }

    void setRoles(String poolId, Map<String, String> poolRoles) {
        store.write(tx -> {
            tx.save(require(tx, poolId).withRoles(poolRoles.get(AUTHENTICATED), poolRoles.get(UNAUTHENTICATED)));
            return null;
        });
    }

    Map<String, String> roles(String poolId) {
        StoredIdentityPool pool = store.read(view -> require(view, poolId));
        Map<String, String> roles = new HashMap<>();
        if (pool.authenticatedRole() != null) {
            roles.put(AUTHENTICATED, pool.authenticatedRole());
        }
        if (pool.unauthenticatedRole() != null) {
            roles.put(UNAUTHENTICATED, pool.unauthenticatedRole());
        }
        return Map.copyOf(roles);
    }

    /** The one identity of this user in this pool, made (and stored) on first use. */
    StoredIdentity identityOf(String poolId, VerifiedLogin login) {
        return store.write(tx -> tx.identityOf(poolId, login.providerName(), login.sub()).orElseGet(() -> {
            StoredIdentity identity = new StoredIdentity(newId(), poolId, login.providerName(), login.sub());
            tx.save(identity);
            return identity;
        }));
    }

    /** A new identity for a signed-out visitor: Cognito gives one per GetId call without logins. */
    StoredIdentity newUnauthenticated(String poolId) {
        StoredIdentity identity = new StoredIdentity(newId(), poolId, null, null);
        store.write(tx -> {
            tx.save(identity);
            return null;
        });
        return identity;
    }

    Optional<StoredIdentity> identity(String identityId) {
        return store.read(view -> view.identity(identityId));
    }

    private static StoredIdentityPool require(StoreView view, String poolId) {
        return view.identityPool(poolId).orElseThrow(() -> new PoolException(PoolError.RESOURCE_NOT_FOUND,
                "IdentityPool '" + poolId + "' not found."));
    }

    private static StoredIdentityPool stored(String id, IdentityPool request, String authenticated,
            String unauthenticated) {
        List<LinkedClient> clients = request.cognitoIdentityProviders() == null ? null
                : request.cognitoIdentityProviders().stream().map(provider -> new LinkedClient(provider.providerName(),
                        provider.clientId(), provider.serverSideTokenCheck())).toList();
        return new StoredIdentityPool(id, request.identityPoolName(), request.allowUnauthenticatedIdentities(),
                request.allowClassicFlow(), request.supportedLoginProviders(), request.developerProviderName(),
                request.openIdConnectProviderARNs(), clients, request.samlProviderARNs(), request.identityPoolTags(),
                authenticated, unauthenticated);
    }

    private static IdentityPool wire(StoredIdentityPool pool) {
        List<CognitoIdentityProvider> providers = pool.cognitoProviders() == null ? null
                : pool.cognitoProviders().stream().map(client -> new CognitoIdentityProvider(client.providerName(),
                        client.clientId(), client.serverSideTokenCheck())).toList();
        return new IdentityPool(pool.id(), pool.name(), pool.allowUnauthenticated(), pool.allowClassicFlow(),
                pool.supportedLoginProviders(), pool.developerProviderName(), pool.openIdConnectProviderArns(),
                providers, pool.samlProviderArns(), pool.tags());
    }

    /** {@code <region>:<uuid>}, the form of both identity pool ids and identity ids. */
    private String newId() {
        return region + ":" + UUID.randomUUID();
    }
}

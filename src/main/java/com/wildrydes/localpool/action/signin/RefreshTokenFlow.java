package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.action.PoolServices;
import com.wildrydes.localpool.action.lookup.ClientAccess;
import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.token.IssuedTokens;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.RefreshGrant;
import com.wildrydes.localpool.user.StoreView;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.wire.AuthParameters;
import com.wildrydes.localpool.wire.AuthShapes.AuthResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.time.Instant;
import java.util.Map;

/**
 * REFRESH_TOKEN_AUTH: new ID and access tokens for a valid, unrevoked refresh token. The answer carries no
 * RefreshToken member (no rotation), as Cognito's does.
 */
public final class RefreshTokenFlow {

    private final PoolServices services;
    private final SignInCompletion completion;

    public RefreshTokenFlow(PoolServices services, SignInCompletion completion) {
        this.services = services;
        this.completion = completion;
    }

    public AuthResponse refresh(AppClient client, Map<String, String> parameters) {
        String token = AuthParameters.require(parameters, "REFRESH_TOKEN");
        Instant now = services.clock().instant();
        record Found(UserPool pool, StoredUser user, RefreshGrant grant) {
        }
        Found found = services.store().read(view -> {
            RefreshGrant grant = view.grant(SignInCompletion.hash(token))
                    .filter(g -> g.clientId().equals(client.clientId()) && now.isBefore(g.expiresAt()))
                    .orElseThrow(() -> new PoolException(PoolError.NOT_AUTHORIZED, "Invalid Refresh Token"));
            StoredUser user = view.user(grant.poolId(), grant.username()).orElseThrow(() -> revoked());
            if (Revocation.isRevoked(grant, user)) {
                throw revoked();
            }
            ClientAccess.checkSecretHash(client, parameters.get("SECRET_HASH"), user.username(),
                    parameters.get("USERNAME"));
            return new Found(pool(view, grant), user, grant);
        });
        if (!found.user().enabled()) {
            throw new PoolException(PoolError.NOT_AUTHORIZED, "User is disabled.");
        }
        IssuedTokens tokens = completion.tokens(found.pool(), client, found.user(), found.grant().issuedAt(),
                found.grant().originJti());
        return SignInCompletion.authenticated(tokens, null);
    }

    private static UserPool pool(StoreView view, RefreshGrant grant) {
        return Pools.require(view, grant.poolId());
    }

    private static PoolException revoked() {
        return new PoolException(PoolError.NOT_AUTHORIZED, "Refresh Token has been revoked");
    }
}

package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.signin.AccessTokens;
import com.wildrydes.localpool.wire.AuthShapes.AccessTokenRequest;
import com.wildrydes.localpool.wire.EmptyResponse;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GlobalSignOut.html">GlobalSignOut</a>.
 * Revokes every token of every sign-in of the user so far: refresh fails, GetUser answers "Access Token has been
 * revoked".
 */
record GlobalSignOutAction(PoolServices services, AccessTokens accessTokens) {

    EmptyResponse handle(AccessTokenRequest request) {
        var bearer = accessTokens.authenticate(request.accessToken());
        services.store().write(tx -> {
            tx.user(bearer.pool().id(), bearer.user().username())
                    .ifPresent(user -> tx.save(user.signedOut(services.clock().instant())));
            return null;
        });
        return new EmptyResponse();
    }
}

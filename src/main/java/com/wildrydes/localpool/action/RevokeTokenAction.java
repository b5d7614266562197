package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.ClientAccess;
import com.wildrydes.localpool.action.signin.SignInCompletion;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.wire.AuthShapes.RevokeTokenRequest;
import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RevokeToken.html">RevokeToken</a>.
 * Revokes a refresh token and the ID and access tokens of its sign-in. An unknown or already revoked token is
 * accepted silently, as Cognito does.
 */
record RevokeTokenAction(PoolServices services) {

    EmptyResponse handle(RevokeTokenRequest request) {
        services.store().write(tx -> {
            AppClient client = ClientAccess.client(tx, request.clientId());
            if (client.hasSecret() && !client.secret().equals(request.clientSecret())) {
                throw new PoolException(PoolError.NOT_AUTHORIZED, "Client secret is not valid.");
            }
            tx.grant(SignInCompletion.hash(request.token()))
                    .filter(grant -> grant.clientId().equals(client.clientId()))
                    .ifPresent(grant -> tx.save(grant.revoke()));
            return null;
        });
        return new EmptyResponse();
    }
}

package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.AppClient;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RevokeToken.html">RevokeToken</a>.
 * Revokes a refresh token and the ID and access tokens of its sign-in. An unknown or already revoked token is
 * accepted silently, as Cognito does.
 */
final class RevokeTokenAction implements CognitoAction<RevokeTokenAction.Request> {

    public record Request(@Required String token, @Required String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "RevokeTokenRequest[clientId=" + clientId + "]";
        }
    }

    public record Response() {
    }

    private final PoolServices services;

    RevokeTokenAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "RevokeToken";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
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
        return new Response();
    }
}

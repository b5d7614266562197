package com.wildrydes.localpool.action;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GlobalSignOut.html">GlobalSignOut</a>.
 * Revokes every token of every sign-in of the user so far: refresh fails, GetUser answers "Access Token has been
 * revoked".
 */
final class GlobalSignOutAction implements CognitoAction<GlobalSignOutAction.Request> {

    public record Request(@Required String accessToken) {
        @Override
        public String toString() {
            return "GlobalSignOutRequest[****]";
        }
    }

    public record Response() {
    }

    private final PoolServices services;
    private final AccessTokens accessTokens;

    GlobalSignOutAction(PoolServices services, AccessTokens accessTokens) {
        this.services = services;
        this.accessTokens = accessTokens;
    }

    @Override
    public String operation() {
        return "GlobalSignOut";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        var bearer = accessTokens.authenticate(request.accessToken());
        services.store().write(tx -> {
            tx.user(bearer.pool().id(), bearer.user().username())
                    .ifPresent(user -> tx.save(user.signedOut(services.clock().instant())));
            return null;
        });
        return new Response();
    }
}

package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.UserPoolClientShapes.TokenValidityUnitsType;
import com.wildrydes.localpool.action.UserPoolClientShapes.UserPoolClientType;
import com.wildrydes.localpool.user.AppClient;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html">UpdateUserPoolClient</a>.
 * Like Cognito it replaces the settings: a token validity or the auth flows left out go back to their defaults;
 * the name is kept when none is given and the secret never changes. Deviation: as at creation, validities may be
 * in seconds with any positive value (minimum 1), so tests can watch tokens expire.
 */
final class UpdateUserPoolClientAction implements CognitoAction<UpdateUserPoolClientAction.Request> {

    public record Request(@Required String userPoolId, @Required String clientId, String clientName,
            Long refreshTokenValidity, Long accessTokenValidity, Long idTokenValidity,
            TokenValidityUnitsType tokenValidityUnits, List<String> explicitAuthFlows) {
    }

    public record Response(UserPoolClientType userPoolClient) {
    }

    private final PoolServices services;

    UpdateUserPoolClientAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "UpdateUserPoolClient";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        List<String> flows = AuthFlows.validated(request.explicitAuthFlows());
        TokenValidityUnitsType units = request.tokenValidityUnits();
        AppClient updated = services.store().write(tx -> {
            AppClient current = Pools.requireClient(tx, request.userPoolId(), request.clientId());
            AppClient client = new AppClient(current.poolId(), current.clientId(),
                    request.clientName() == null ? current.name() : request.clientName(), current.secret(), flows,
                    TokenValidities.access(request.accessTokenValidity(), units),
                    TokenValidities.id(request.idTokenValidity(), units),
                    TokenValidities.refresh(request.refreshTokenValidity(), units),
                    current.createdAt(), services.clock().instant());
            tx.save(client);
            return client;
        });
        return new Response(UserPoolClientShapes.describe(updated));
    }
}

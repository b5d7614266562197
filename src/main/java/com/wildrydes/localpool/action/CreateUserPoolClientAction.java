package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.UserPoolClientShapes.TokenValidityUnitsType;
import com.wildrydes.localpool.action.UserPoolClientShapes.UserPoolClientType;
import com.wildrydes.localpool.user.AppClient;
import java.time.Instant;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html">CreateUserPoolClient</a>.
 * Deviations: TokenValidityUnits may be {@code seconds} with any positive value (Cognito's minimum is 5 minutes)
 * so tests can watch tokens expire; OAuth, analytics and URL settings are accepted and ignored.
 */
final class CreateUserPoolClientAction implements CognitoAction<CreateUserPoolClientAction.Request> {

    public record Request(@Required String userPoolId, @Required String clientName, Boolean generateSecret,
            Long refreshTokenValidity, Long accessTokenValidity, Long idTokenValidity,
            TokenValidityUnitsType tokenValidityUnits, List<String> explicitAuthFlows) {
    }

    public record Response(UserPoolClientType userPoolClient) {
    }

    private final PoolServices services;

    CreateUserPoolClientAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "CreateUserPoolClient";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        List<String> flows = AuthFlows.validated(request.explicitAuthFlows());
        TokenValidityUnitsType units = request.tokenValidityUnits();
        Instant now = services.clock().instant();
        AppClient client = new AppClient(request.userPoolId(), services.ids().clientId(), request.clientName(),
                Boolean.TRUE.equals(request.generateSecret()) ? services.ids().clientSecret() : null, flows,
                TokenValidities.access(request.accessTokenValidity(), units),
                TokenValidities.id(request.idTokenValidity(), units),
                TokenValidities.refresh(request.refreshTokenValidity(), units),
                now, now);
        services.store().write(tx -> {
            Pools.require(tx, request.userPoolId());
            tx.save(client);
            return client;
        });
        return new Response(UserPoolClientShapes.describe(client));
    }
}

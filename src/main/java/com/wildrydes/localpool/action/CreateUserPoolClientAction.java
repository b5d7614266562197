package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.rules.AuthFlows;
import com.wildrydes.localpool.action.rules.TokenValidities;
import com.wildrydes.localpool.action.rules.UserExistence;
import com.wildrydes.localpool.action.rules.TokenValidities.Validities;
import com.wildrydes.localpool.action.shape.PoolDescriptions;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.wire.UserPoolClientShapes.CreateUserPoolClientRequest;
import com.wildrydes.localpool.wire.UserPoolClientShapes.UserPoolClientResponse;
import java.time.Instant;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html">CreateUserPoolClient</a>.
 * Deviations: TokenValidityUnits may be {@code seconds} with any positive value (Cognito's minimum is 5 minutes)
 * so tests can watch tokens expire; OAuth, analytics and URL settings are accepted and ignored.
 * PreventUserExistenceErrors defaults to LEGACY, as in the API (the console's default is ENABLED).
 */
record CreateUserPoolClientAction(PoolServices services) {

    UserPoolClientResponse handle(CreateUserPoolClientRequest request) {
        List<String> flows = AuthFlows.validated(request.explicitAuthFlows());
        String existenceErrors = UserExistence.validated(request.preventUserExistenceErrors());
        Validities validities = TokenValidities.of(request);
        Instant now = services.clock().instant();
        AppClient client = new AppClient(request.userPoolId(), services.ids().clientId(), request.clientName(),
                Boolean.TRUE.equals(request.generateSecret()) ? services.ids().clientSecret() : null, flows,
                validities.access(), validities.id(), validities.refresh(), now, now, existenceErrors);
        services.store().write(tx -> {
            Pools.require(tx, request.userPoolId());
            tx.save(client);
            return client;
        });
        return new UserPoolClientResponse(PoolDescriptions.describe(client));
    }
}

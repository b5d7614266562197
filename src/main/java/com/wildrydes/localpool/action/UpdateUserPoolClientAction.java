package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.lookup.Pools;
import com.wildrydes.localpool.action.rules.AuthFlows;
import com.wildrydes.localpool.action.rules.TokenValidities;
import com.wildrydes.localpool.action.rules.UserExistence;
import com.wildrydes.localpool.action.rules.TokenValidities.Validities;
import com.wildrydes.localpool.action.shape.PoolDescriptions;
import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.wire.UserPoolClientShapes.UpdateUserPoolClientRequest;
import com.wildrydes.localpool.wire.UserPoolClientShapes.UserPoolClientResponse;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html">UpdateUserPoolClient</a>.
 * Like Cognito it replaces the settings: a token validity, the auth flows or PreventUserExistenceErrors left out
 * go back to their defaults; the name is kept when none is given and the secret never changes. Deviation: as at
 * creation, validities may be in seconds with any positive value (minimum 1), so tests can watch tokens expire.
 */
record UpdateUserPoolClientAction(PoolServices services) {

    UserPoolClientResponse handle(UpdateUserPoolClientRequest request) {
        List<String> flows = AuthFlows.validated(request.explicitAuthFlows());
        String existenceErrors = UserExistence.validated(request.preventUserExistenceErrors());
        AppClient updated = services.store().write(tx -> {
            AppClient current = Pools.requireClient(tx, request.userPoolId(), request.clientId());
            Validities validities = TokenValidities.of(request); // checked once the client is known, as Cognito does
            AppClient client = new AppClient(current.poolId(), current.clientId(),
                    request.clientName() == null ? current.name() : request.clientName(), current.secret(), flows,
                    validities.access(), validities.id(), validities.refresh(), current.createdAt(),
                    services.clock().instant(), existenceErrors);
            tx.save(client);
            return client;
        });
        return new UserPoolClientResponse(PoolDescriptions.describe(updated));
    }
}

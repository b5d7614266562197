package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.rules.PasswordRules;
import com.wildrydes.localpool.action.signin.AccessTokens;
import com.wildrydes.localpool.action.signin.SignInCompletion;
import com.wildrydes.localpool.srp.PasswordVerifier;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.AuthShapes.ChangePasswordRequest;
import com.wildrydes.localpool.wire.EmptyResponse;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ChangePassword.html">ChangePassword</a>.
 * A wrong previous password counts towards the lockout, as a failed sign-in does.
 */
record ChangePasswordAction(PoolServices services, AccessTokens accessTokens, SignInCompletion completion) {

    EmptyResponse handle(ChangePasswordRequest request) {
        AccessTokens.Bearer bearer = accessTokens.authenticate(request.accessToken());
        StoredUser user = bearer.user();
        completion.checkMayTry(user);
        if (!user.password().matches(bearer.pool().srpPoolName(), user.username(), request.previousPassword())) {
            throw completion.failed(user);
        }
        PasswordRules.check(bearer.pool().passwordPolicy(), request.proposedPassword());
        PasswordVerifier verifier = PasswordVerifier.create(bearer.pool().srpPoolName(), user.username(),
                request.proposedPassword(), services.random());
        services.store().write(tx -> {
            tx.user(user.poolId(), user.username())
                    .ifPresent(current -> tx.save(current.withPassword(verifier, services.clock().instant())));
            return null;
        });
        return new EmptyResponse();
    }
}

package com.wildrydes.localpool.action;

import com.wildrydes.localpool.srp.PasswordVerifier;
import com.wildrydes.localpool.user.StoredUser;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ChangePassword.html">ChangePassword</a>.
 * A wrong previous password counts towards the lockout, as a failed sign-in does.
 */
final class ChangePasswordAction implements CognitoAction<ChangePasswordAction.Request> {

    public record Request(@Required String previousPassword, @Required String proposedPassword,
            @Required String accessToken) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[****]";
        }
    }

    public record Response() {
    }

    private final PoolServices services;
    private final AccessTokens accessTokens;
    private final SignInCompletion completion;

    ChangePasswordAction(PoolServices services, AccessTokens accessTokens, SignInCompletion completion) {
        this.services = services;
        this.accessTokens = accessTokens;
        this.completion = completion;
    }

    @Override
    public String operation() {
        return "ChangePassword";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
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
        return new Response();
    }
}

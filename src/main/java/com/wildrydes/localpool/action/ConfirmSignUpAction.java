package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.user.UserStatus;
import java.time.Instant;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html">ConfirmSignUp</a>.
 * A matching code confirms the user and verifies their email. Deviations: ForceAliasCreation and the Session
 * of passwordless sign-up are not supported.
 */
final class ConfirmSignUpAction implements CognitoAction<ConfirmSignUpAction.Request> {

    public record Request(@Required String clientId, String secretHash, @Required String username,
            @Required String confirmationCode) {
        @Override
        public String toString() {
            return "ConfirmSignUpRequest[clientId=" + clientId + ", username=" + username + "]";
        }
    }

    public record Response() {
    }

    private final PoolServices services;

    ConfirmSignUpAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "ConfirmSignUp";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        PoolException failure = services.store().write(tx -> {
            AppClient client = ClientAccess.client(tx, request.clientId());
            UserPool pool = ClientAccess.pool(tx, client);
            StoredUser user = UserLookup.require(tx, pool, request.username());
            ClientAccess.checkSecretHash(client, request.secretHash(), request.username(), user.username());
            if (user.status() != UserStatus.UNCONFIRMED) {
                throw new PoolException(PoolError.NOT_AUTHORIZED,
                        "User cannot be confirmed. Current status is " + user.status());
            }
            Instant now = services.clock().instant();
            return CodeCheck.redeem(tx, user, CodePurpose.SIGN_UP, request.confirmationCode(), now, () -> {
                tx.save(user.withStatus(UserStatus.CONFIRMED, now).withAttribute("email_verified", "true", now));
                if (services.isAdminEmail(user.email())) {
                    AdminsGroup.join(tx, user, now);
                }
            });
        });
        if (failure != null) {
            throw failure;
        }
        return new Response();
    }
}

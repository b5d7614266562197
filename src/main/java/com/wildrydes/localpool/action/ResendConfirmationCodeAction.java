package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.ConfirmationCode;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.user.UserStatus;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ResendConfirmationCode.html">ResendConfirmationCode</a>.
 * The new code replaces the old one, which stops working. Deviation: no resend rate limit.
 */
final class ResendConfirmationCodeAction implements CognitoAction<ResendConfirmationCodeAction.Request> {

    public record Request(@Required String clientId, String secretHash, @Required String username) {
    }

    public record Response(CodeDeliveryDetailsType codeDeliveryDetails) {
    }

    private record Sent(UserPool pool, StoredUser user, String digits) {
    }

    private final PoolServices services;

    ResendConfirmationCodeAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "ResendConfirmationCode";
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request request) {
        Sent sent = services.store().write(tx -> {
            AppClient client = ClientAccess.client(tx, request.clientId());
            UserPool pool = ClientAccess.pool(tx, client);
            StoredUser user = UserLookup.require(tx, pool, request.username());
            ClientAccess.checkSecretHash(client, request.secretHash(), request.username(), user.username());
            if (user.status() != UserStatus.UNCONFIRMED) {
                throw new PoolException(PoolError.INVALID_PARAMETER, "User is already confirmed.");
            }
            if (user.email() == null || !pool.autoVerifiedAttributes().contains("email")) {
                throw new PoolException(PoolError.INVALID_PARAMETER,
                        "Cannot resend codes. Auto verification not turned on.");
            }
            ConfirmationCode.Issued code = ConfirmationCode.issue(pool.id(), user.username(), CodePurpose.SIGN_UP,
                    services.clock().instant(), services.random());
            tx.save(code.code());
            return new Sent(pool, user, code.digits());
        });
        return new Response(CodeMail.send(services.outbox(), services.clock(), sent.pool(), sent.user(), sent.digits()));
    }
}

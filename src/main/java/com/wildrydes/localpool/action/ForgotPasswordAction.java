package com.wildrydes.localpool.action;

import com.wildrydes.localpool.user.AppClient;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.ConfirmationCode;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html">ForgotPassword</a>.
 * Emails a code valid for one hour; a new request replaces the previous code. Deviation: no SMS, no rate limit.
 */
final class ForgotPasswordAction implements CognitoAction<ForgotPasswordAction.Request> {

    public record Request(@Required String clientId, String secretHash, @Required String username) {
    }

    public record Response(CodeDeliveryDetailsType codeDeliveryDetails) {
    }

    private record Sent(UserPool pool, StoredUser user, String digits) {
    }

    private final PoolServices services;

    ForgotPasswordAction(PoolServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "ForgotPassword";
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
            if (user.email() == null || !user.emailVerified()) {
                throw new PoolException(PoolError.INVALID_PARAMETER, "Cannot reset password for the user as "
                        + "there is no registered/verified email or phone_number");
            }
            ConfirmationCode.Issued code = ConfirmationCode.issue(pool.id(), user.username(),
                    CodePurpose.FORGOT_PASSWORD, services.clock().instant(), services.random());
            tx.save(code.code());
            return new Sent(pool, user, code.digits());
        });
        return new Response(CodeMail.send(services.outbox(), services.clock(), sent.pool(), sent.user(), sent.digits()));
    }
}

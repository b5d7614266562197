package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.code.CodeMail;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.SignUpShapes.CodeDeliveryResponse;
import com.wildrydes.localpool.wire.SignUpShapes.CodeRequest;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html">ForgotPassword</a>.
 * Emails a code valid for one hour; a new request replaces the previous code. Deviation: no SMS, no rate limit.
 */
final class ForgotPasswordAction {

    private final PoolServices services;

    ForgotPasswordAction(PoolServices services) {
        this.services = services;
    }

    CodeDeliveryResponse handle(CodeRequest request) {
        return new CodeDeliveryResponse(CodeMail.sendNew(services, request, CodePurpose.FORGOT_PASSWORD,
                (pool, user) -> {
                    if (user.email() == null || !user.emailVerified()) {
                        throw new PoolException(PoolError.INVALID_PARAMETER, "Cannot reset password for the user "
                                + "as there is no registered/verified email or phone_number");
                    }
                }));
    }
}

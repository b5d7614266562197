package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.code.CodeLimits;
import com.wildrydes.localpool.action.code.CodeMail;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.SignUpShapes.CodeDeliveryResponse;
import com.wildrydes.localpool.wire.SignUpShapes.CodeRequest;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html">ForgotPassword</a>.
 * Emails a code valid for one hour; a new request replaces the previous code; at most {@link CodeLimits#SENDS} codes
 * an hour per user (with ResendConfirmationCode). With PreventUserExistenceErrors ENABLED an unknown name gets a
 * simulated CodeDeliveryDetails (its own masked name) and nothing is sent. Deviations: no SMS; a user without a
 * verified email still gets InvalidParameterException (Cognito simulates a delivery there too when ENABLED).
 */
record ForgotPasswordAction(PoolServices services, CodeLimits limits) {

    CodeDeliveryResponse handle(CodeRequest request) {
        return new CodeDeliveryResponse(CodeMail.sendNew(services, limits, request, CodePurpose.FORGOT_PASSWORD,
                (pool, user) -> {
                    if (user.email() == null || !user.emailVerified()) {
                        throw new PoolException(PoolError.INVALID_PARAMETER, "Cannot reset password for the user "
                                + "as there is no registered/verified email or phone_number");
                    }
                }));
    }
}

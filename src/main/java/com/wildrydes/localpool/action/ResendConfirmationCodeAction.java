package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.code.CodeLimits;
import com.wildrydes.localpool.action.code.CodeMail;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.UserStatus;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.SignUpShapes.CodeDeliveryResponse;
import com.wildrydes.localpool.wire.SignUpShapes.CodeRequest;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ResendConfirmationCode.html">ResendConfirmationCode</a>.
 * The new code replaces the old one, which stops working; at most {@link CodeLimits#SENDS} codes an hour per user
 * (with ForgotPassword). With PreventUserExistenceErrors ENABLED an unknown name gets a simulated
 * CodeDeliveryDetails and nothing is sent.
 */
record ResendConfirmationCodeAction(PoolServices services, CodeLimits limits) {

    CodeDeliveryResponse handle(CodeRequest request) {
        return new CodeDeliveryResponse(CodeMail.sendNew(services, limits, request, CodePurpose.SIGN_UP,
                (pool, user) -> {
                    if (user.status() != UserStatus.UNCONFIRMED) {
                        throw new PoolException(PoolError.INVALID_PARAMETER, "User is already confirmed.");
                    }
                    if (user.email() == null || !pool.autoVerifiedAttributes().contains("email")) {
                        throw new PoolException(PoolError.INVALID_PARAMETER,
                                "Cannot resend codes. Auto verification not turned on.");
                    }
                }));
    }
}

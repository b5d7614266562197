package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.code.CodeCheck;
import com.wildrydes.localpool.action.code.CodeLimits;
import com.wildrydes.localpool.action.lookup.UserLookup;
import com.wildrydes.localpool.action.rules.AdminsGroup;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.user.UserStatus;
import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.SignUpShapes.ConfirmSignUpRequest;
import java.time.Instant;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html">ConfirmSignUp</a>.
 * A matching code confirms the user and verifies their email. At most {@link CodeLimits#WRONG_CODES} wrong codes
 * an hour per user, new codes or not. With PreventUserExistenceErrors ENABLED an unknown name gets
 * CodeMismatchException (counted the same way) instead of UserNotFoundException. Deviations: ForceAliasCreation and
 * the Session of passwordless sign-up are not supported.
 */
record ConfirmSignUpAction(PoolServices services, CodeLimits limits) {

    EmptyResponse handle(ConfirmSignUpRequest request) {
        PoolException failure = services.store().write(tx -> {
            UserLookup.Caller caller = UserLookup.caller(tx, request.clientId(), request.username(),
                    request.secretHash());
            UserPool pool = caller.pool();
            StoredUser user = caller.user();
            if (user == null) {
                return CodeCheck.forUnknownUser(limits, pool.id(), request.username());
            }
            if (user.status() != UserStatus.UNCONFIRMED) {
                throw new PoolException(PoolError.NOT_AUTHORIZED,
                        "User cannot be confirmed. Current status is " + user.status());
            }
            Instant now = services.clock().instant();
            return CodeCheck.redeem(tx, limits, user, CodePurpose.SIGN_UP, request.confirmationCode(), now, () -> {
                tx.save(user.withStatus(UserStatus.CONFIRMED, now).withAttribute("email_verified", "true", now));
                if (services.isAdminEmail(user.email())) {
                    AdminsGroup.join(tx, user, now);
                }
            });
        });
        if (failure != null) {
            throw failure;
        }
        return new EmptyResponse();
    }
}

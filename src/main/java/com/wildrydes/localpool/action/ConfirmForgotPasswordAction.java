package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.code.CodeCheck;
import com.wildrydes.localpool.action.code.CodeLimits;
import com.wildrydes.localpool.action.lookup.UserLookup;
import com.wildrydes.localpool.action.rules.PasswordRules;
import com.wildrydes.localpool.srp.PasswordVerifier;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.SignInAttempts;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.user.UserStatus;
import com.wildrydes.localpool.wire.EmptyResponse;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.SignUpShapes.ConfirmForgotPasswordRequest;
import java.time.Instant;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmForgotPassword.html">ConfirmForgotPassword</a>.
 * A matching code sets the new password and ends any lockout; the code works once. At most
 * {@link CodeLimits#WRONG_CODES} wrong codes an hour per user, new codes or not. With PreventUserExistenceErrors
 * ENABLED an unknown name gets CodeMismatchException (counted the same way) instead of UserNotFoundException.
 */
record ConfirmForgotPasswordAction(PoolServices services, CodeLimits limits) {

    EmptyResponse handle(ConfirmForgotPasswordRequest request) {
        record Found(UserPool pool, StoredUser user) {
        }
        Found found = services.store().read(view -> {
            UserLookup.Caller caller = UserLookup.caller(view, request.clientId(), request.username(),
                    request.secretHash());
            UserPool pool = caller.pool();
            StoredUser user = caller.user();
            PasswordRules.check(pool.passwordPolicy(), request.password());
            return new Found(pool, user);
        });
        // made for an unknown name too, so that its answer takes as long
        String userId = found.user() == null ? request.username() : found.user().username();
        PasswordVerifier verifier = PasswordVerifier.create(found.pool().srpPoolName(), userId, request.password(),
                services.random());
        if (found.user() == null) {
            throw CodeCheck.forUnknownUser(limits, found.pool().id(), request.username());
        }
        Instant now = services.clock().instant();
        PoolException failure = services.store().write(tx -> {
            StoredUser user = tx.user(found.pool().id(), found.user().username()).orElseThrow(() ->
                    new PoolException(PoolError.USER_NOT_FOUND, "Username/client id combination not found."));
            String code = request.confirmationCode();
            return CodeCheck.redeem(tx, limits, user, CodePurpose.FORGOT_PASSWORD, code, now, () -> {
                UserStatus status = user.status() == UserStatus.RESET_REQUIRED ? UserStatus.CONFIRMED : user.status();
                tx.save(user.withPassword(verifier, now).withStatus(status, now).withSignIn(SignInAttempts.NONE));
            });
        });
        if (failure != null) {
            throw failure;
        }
        return new EmptyResponse();
    }
}

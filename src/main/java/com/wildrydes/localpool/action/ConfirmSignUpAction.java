package com.wildrydes.localpool.action;

import com.wildrydes.localpool.action.code.CodeCheck;
import com.wildrydes.localpool.action.code.CodeLimits;
import com.wildrydes.localpool.action.lookup.UserLookup;
import com.wildrydes.localpool.action.rules.AdminsGroup;
import com.wildrydes.localpool.action.signin.ChallengeSessions;
import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.user.UserPool;
import com.wildrydes.localpool.user.UserStatus;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import com.wildrydes.localpool.wire.SignUpShapes.ConfirmSignUpRequest;
import com.wildrydes.localpool.wire.SignUpShapes.ConfirmSignUpResponse;
import java.time.Instant;

/**
 * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html">ConfirmSignUp</a>.
 * A matching code confirms the user and verifies their email. At most {@link CodeLimits#WRONG_CODES} wrong codes
 * an hour per user, new codes or not. With PreventUserExistenceErrors ENABLED an unknown name gets
 * CodeMismatchException (counted the same way) instead of UserNotFoundException. With SignUp's Session (still
 * open, same client and user) a confirmed user gets a new Session for InitiateAuth USER_AUTH; a Session that does not
 * fit is ignored and the confirmation stands. Deviations: ForceAliasCreation is not supported.
 */
record ConfirmSignUpAction(PoolServices services, CodeLimits limits, ChallengeSessions sessions) {

    /** What the transaction decided: the error to throw once it is committed, or null and who was confirmed. */
    private record Outcome(PoolException failure, String poolId, String clientId, String username) {
    }

    ConfirmSignUpResponse handle(ConfirmSignUpRequest request) {
        Outcome outcome = services.store().write(tx -> {
            UserLookup.Caller caller = UserLookup.caller(tx, request.clientId(), request.username(),
                    request.secretHash());
            UserPool pool = caller.pool();
            StoredUser user = caller.user();
            if (user == null) {
                return new Outcome(CodeCheck.forUnknownUser(limits, pool.id(), request.username()), null, null, null);
            }
            if (user.status() != UserStatus.UNCONFIRMED) {
                throw new PoolException(PoolError.NOT_AUTHORIZED,
                        "User cannot be confirmed. Current status is " + user.status());
            }
            Instant now = services.clock().instant();
            PoolException failure = CodeCheck.redeem(tx, limits, user, CodePurpose.SIGN_UP, request.confirmationCode(),
                    now, () -> {
                        tx.save(user.withStatus(UserStatus.CONFIRMED, now)
                                .withAttribute("email_verified", "true", now));
                        if (services.isAdminEmail(user.email())) {
                            AdminsGroup.join(tx, user, now);
                        }
                    });
            return new Outcome(failure, pool.id(), caller.client().clientId(), user.username());
        });
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return new ConfirmSignUpResponse(signInSession(request.session(), outcome.poolId(), outcome.clientId(),
                outcome.username()));
    }

    /** A USER_AUTH session for the user SignUp's session was opened for; null when it is not that one. */
    private String signInSession(String signUpSession, String poolId, String clientId, String username) {
        return sessions.take(signUpSession)
                .filter(p -> p.answers(clientId, ChallengeSessions.Purpose.SIGN_UP))
                .filter(p -> p.poolId().equals(poolId) && p.username().equals(username))
                .map(p -> sessions.open(poolId, clientId, username, ChallengeSessions.Purpose.SIGN_IN_AFTER_SIGN_UP,
                        null))
                .orElse(null);
    }
}

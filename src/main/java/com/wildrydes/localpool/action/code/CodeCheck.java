package com.wildrydes.localpool.action.code;

import com.wildrydes.localpool.user.CodePurpose;
import com.wildrydes.localpool.user.ConfirmationCode;
import com.wildrydes.localpool.user.StoreTransaction;
import com.wildrydes.localpool.user.StoredUser;
import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.time.Instant;

/**
 * Redeems a confirmation code inside a store transaction. A wrong code must be counted even though the call
 * fails, so the failure is returned (to be thrown after the commit) instead of thrown. Wrong codes are counted
 * twice: on the code (stored, {@link #ATTEMPTS} per code) and per user in {@link CodeLimits} (a new code brings no
 * new guesses within its window).
 */
public final class CodeCheck {

    /** Wrong codes allowed against one code before Cognito answers LimitExceededException. */
    public static final int ATTEMPTS = 5;

    private CodeCheck() {
    }

    /**
     * @param onSuccess records the change the code allows (confirming the user, setting the password)
     * @return null when the code matched (and was used up), else the error to answer with
     */
    public static PoolException redeem(StoreTransaction tx, CodeLimits limits, StoredUser user, CodePurpose purpose,
            String candidate, Instant now, Runnable onSuccess) {
        limits.checkMayGuess(user.poolId(), user.username());
        ConfirmationCode code = tx.code(user.poolId(), user.username(), purpose).orElse(null);
        if (code == null) {
            return new PoolException(PoolError.EXPIRED_CODE, "Invalid code provided, please request a code again.");
        }
        if (code.failedAttempts() >= ATTEMPTS) {
            return new PoolException(PoolError.LIMIT_EXCEEDED, "Attempt limit exceeded, please try after some time.");
        }
        if (!code.matches(candidate)) {
            tx.save(code.withFailedAttempt());
            limits.countWrongCode(user.poolId(), user.username());
            return mismatch();
        }
        if (code.expiredAt(now)) {
            return new PoolException(PoolError.EXPIRED_CODE, "Invalid code provided, please request a code again.");
        }
        tx.delete(code);
        onSuccess.run();
        return null;
    }

    /**
     * The answer to a code for a name that matches no user, when the client hides user existence: a code that never
     * matches, counted against the name like a real user's wrong codes.
     */
    public static PoolException forUnknownUser(CodeLimits limits, String poolId, String typedUsername) {
        limits.checkMayGuess(poolId, typedUsername);
        limits.countWrongCode(poolId, typedUsername);
        return mismatch();
    }

    private static PoolException mismatch() {
        return new PoolException(PoolError.CODE_MISMATCH, "Invalid verification code provided, please try again.");
    }
}

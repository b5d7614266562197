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
 * fails, so the failure is returned (to be thrown after the commit) instead of thrown.
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
    public static PoolException redeem(StoreTransaction tx, StoredUser user, CodePurpose purpose, String candidate,
            Instant now, Runnable onSuccess) {
        ConfirmationCode code = tx.code(user.poolId(), user.username(), purpose).orElse(null);
        if (code == null) {
            return new PoolException(PoolError.EXPIRED_CODE, "Invalid code provided, please request a code again.");
        }
        if (code.failedAttempts() >= ATTEMPTS) {
            return new PoolException(PoolError.LIMIT_EXCEEDED, "Attempt limit exceeded, please try after some time.");
        }
        if (!code.matches(candidate)) {
            tx.save(code.withFailedAttempt());
            return new PoolException(PoolError.CODE_MISMATCH, "Invalid verification code provided, please try again.");
        }
        if (code.expiredAt(now)) {
            return new PoolException(PoolError.EXPIRED_CODE, "Invalid code provided, please request a code again.");
        }
        tx.delete(code);
        onSuccess.run();
        return null;
    }
}

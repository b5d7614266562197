package com.wildrydes.localpool.user;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins in a row and the lockout they cause: Cognito locks after 5 failures, for 1 s doubling
 * with each further failure, up to 15 minutes.
 *
 * @param failures    consecutive failures
 * @param lockedUntil no sign-in attempt is accepted before this; null when not locked
 */
public record SignInAttempts(int failures, Instant lockedUntil) {

    public static final SignInAttempts NONE = new SignInAttempts(0, null);
    static final int FREE_FAILURES = 5;
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The attempts after one more failure at {@code now}. */
    public SignInAttempts failedAt(Instant now) {
        int count = failures + 1;
        if (count < FREE_FAILURES) {
            return new SignInAttempts(count, null);
        }
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration lock = Duration.ofSeconds(1L << doublings);
        return new SignInAttempts(count, now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
    }
}

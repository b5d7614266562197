package com.wildrydes.localpool.action.code;

import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user limits on codes within a sliding {@link #WINDOW}: at most {@link #SENDS} codes sent (ResendConfirmationCode
 * and ForgotPassword together; SignUp's own code is not counted) and at most {@link #WRONG_CODES} wrong codes, however
 * many new codes were asked for meanwhile (each new code would otherwise bring fresh guesses). Past either, Cognito's
 * LimitExceededException. Names that match no user are counted the same way, so the limits do not tell who exists.
 *
 * <p>Kept in memory: a restart forgets them (the store's per-code count of wrong codes stays). Entries older than the
 * window are dropped as they are met, and all of them once the map grows large, so memory stays bounded.
 */
public final class CodeLimits {

    public static final int SENDS = 5;
    public static final int WRONG_CODES = CodeCheck.ATTEMPTS;
    public static final Duration WINDOW = Duration.ofHours(1);
    static final String MESSAGE = "Attempt limit exceeded, please try after some time.";
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> sends = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> wrongCodes = new ConcurrentHashMap<>();

    public CodeLimits(Clock clock) {
        this.clock = clock;
    }

    /** Counts a code about to be sent to this user, or fails when the user has had {@link #SENDS} this window. */
    public void countSend(String poolId, String user) {
        if (!add(sends, key(poolId, user), SENDS)) {
            throw limitExceeded();
        }
    }

    /** Fails when the user has entered {@link #WRONG_CODES} wrong codes this window. */
    public void checkMayGuess(String poolId, String user) {
        if (recent(wrongCodes, key(poolId, user)) >= WRONG_CODES) {
            throw limitExceeded();
        }
    }

    public void countWrongCode(String poolId, String user) {
        add(wrongCodes, key(poolId, user), Integer.MAX_VALUE);
    }

    static PoolException limitExceeded() {
        return new PoolException(PoolError.LIMIT_EXCEEDED, MESSAGE);
    }

    /** Adds now to the user's times unless {@code max} of them are within the window; false when full. */
    private boolean add(Map<String, Deque<Instant>> times, String key, int max) {
        Instant now = clock.instant();
        sweepIfLarge(times, now);
        Deque<Instant> mine = times.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (mine) {
            dropOld(mine, now);
            if (mine.size() >= max) {
                return false;
            }
            mine.addLast(now);
            return true;
        }
    }

    private int recent(Map<String, Deque<Instant>> times, String key) {
        Deque<Instant> mine = times.get(key);
        if (mine == null) {
            return 0;
        }
        synchronized (mine) {
            dropOld(mine, clock.instant());
            return mine.size();
        }
    }

    private static void sweepIfLarge(Map<String, Deque<Instant>> times, Instant now) {
        if (times.size() > SWEEP_ABOVE) {
            times.values().removeIf(mine -> {
                synchronized (mine) {
                    dropOld(mine, now);
                    return mine.isEmpty();
                }
            });
        }
    }

    private static void dropOld(Deque<Instant> mine, Instant now) {
        Instant start = now.minus(WINDOW);
        while (!mine.isEmpty() && !mine.peekFirst().isAfter(start)) {
            mine.removeFirst();
        }
    }

    private static String key(String poolId, String user) {
        return poolId + '\u0000' + user.toLowerCase(Locale.ROOT);
    }
}

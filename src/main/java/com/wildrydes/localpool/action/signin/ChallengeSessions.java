package com.wildrydes.localpool.action.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions of challenges other than PASSWORD_VERIFIER (which is keyed by SECRET_BLOCK): who may answer
 * NEW_PASSWORD_REQUIRED. In memory only: a restart simply asks the user to sign in again, as an expired
 * Cognito session would.
 */
public final class ChallengeSessions {

    /** Cognito's default AuthSessionValidity. */
    public static final Duration LIFETIME = Duration.ofMinutes(3);

    public record Pending(String poolId, String clientId, String username, Instant expiresAt) {
    }

    private final Map<String, Pending> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random;
    private final Clock clock;

    public ChallengeSessions(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    public String open(String poolId, String clientId, String username) {
        Instant now = clock.instant();
        sessions.values().removeIf(pending -> !now.isBefore(pending.expiresAt()));
        byte[] bytes = new byte[96];
        random.nextBytes(bytes);
        String session = Base64.getEncoder().encodeToString(bytes);
        sessions.put(session, new Pending(poolId, clientId, username, now.plus(LIFETIME)));
        return session;
    }

    /**
     * The pending challenge, still open: an answer Cognito refuses for its content (a new password that
     * breaks the policy) may be corrected and sent again with the same session.
     */
    public Optional<Pending> find(String session) {
        Pending pending = session == null ? null : sessions.get(session);
        if (pending == null || !clock.instant().isBefore(pending.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** The pending challenge, used up; empty when unknown or expired. */
    public Optional<Pending> take(String session) {
        Pending pending = session == null ? null : sessions.remove(session);
        if (pending == null || !clock.instant().isBefore(pending.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }
}

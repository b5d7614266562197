package com.wildrydes.localpool.action;

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
final class ChallengeSessions {

    /** Cognito's default AuthSessionValidity. */
    static final Duration LIFETIME = Duration.ofMinutes(3);

    record Pending(String poolId, String clientId, String username, Instant expiresAt) {
    }

    private final Map<String, Pending> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random;
    private final Clock clock;

    ChallengeSessions(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    String open(String poolId, String clientId, String username) {
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
    Optional<Pending> find(String session) {
        Pending pending = session == null ? null : sessions.get(session);
        if (pending == null || !clock.instant().isBefore(pending.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** The pending challenge, used up; empty when unknown or expired. */
    Optional<Pending> take(String session) {
        Pending pending = session == null ? null : sessions.remove(session);
        if (pending == null || !clock.instant().isBefore(pending.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }
}

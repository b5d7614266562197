package com.wildrydes.localpool.action.signin;

import com.wildrydes.localpool.wire.PoolError;
import com.wildrydes.localpool.wire.PoolException;
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
 * NEW_PASSWORD_REQUIRED, SELECT_CHALLENGE or EMAIL_OTP, and the sessions SignUp and ConfirmSignUp hand out for
 * signing in straight after sign-up. In memory only: a restart simply asks the user to sign in again, as an
 * expired Cognito session would.
 */
public final class ChallengeSessions {

    /** Cognito's default AuthSessionValidity. */
    public static final Duration LIFETIME = Duration.ofMinutes(3);
    public static final String EXPIRED = "Invalid session for the user, session is expired.";

    /** What a session lets its holder do next. */
    public enum Purpose {
        NEW_PASSWORD, SIGN_UP, SIGN_IN_AFTER_SIGN_UP, SELECT_CHALLENGE, EMAIL_OTP, WEB_AUTHN
    }

    /**
     * @param username the stored username, or the typed name of a decoy (an unknown user on a client that hides
     *                 user existence)
     * @param code     the EMAIL_OTP code emailed for this session, or the WEB_AUTHN challenge (base64url); null for
     *                 other purposes and for decoys
     */
    public record Pending(String poolId, String clientId, String username, Instant expiresAt, Purpose purpose,
            String code) {

        /** Who may answer a challenge of {@code challenge} through {@code clientId} with this session. */
        public boolean answers(String clientId, Purpose challenge) {
            return this.clientId.equals(clientId) && purpose == challenge;
        }

        @Override
        public String toString() {
            return "Pending[poolId=" + poolId + ", purpose=" + purpose + "]";
        }
    }

    private final Map<String, Pending> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random;
    private final Clock clock;

    public ChallengeSessions(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** A NEW_PASSWORD_REQUIRED session. */
    /** Cognito's answer to a session that is unknown, used up or expired. */
    public static PoolException expired() {
        return new PoolException(PoolError.NOT_AUTHORIZED, EXPIRED);
    }

    public String open(String poolId, String clientId, String username) {
        return open(poolId, clientId, username, Purpose.NEW_PASSWORD, null);
    }

    public String open(String poolId, String clientId, String username, Purpose purpose, String code) {
        Instant now = clock.instant();
        sessions.values().removeIf(pending -> !now.isBefore(pending.expiresAt()));
        byte[] bytes = new byte[96];
        random.nextBytes(bytes);
        String session = Base64.getEncoder().encodeToString(bytes);
        sessions.put(session, new Pending(poolId, clientId, username, now.plus(LIFETIME), purpose, code));
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

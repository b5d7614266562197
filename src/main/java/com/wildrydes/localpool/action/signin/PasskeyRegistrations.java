package com.wildrydes.localpool.action.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The challenges StartWebAuthnRegistration handed out, one per user (a new start replaces the last), each for
 * {@link Passkeys#TIMEOUT_MILLIS} and answered once. In memory: after a restart the user starts again, as
 * after Cognito's WebAuthnChallengeNotFoundException.
 */
public final class PasskeyRegistrations {

    /** @param clientId the app client of the access token that started it */
    public record Pending(String challenge, String clientId, Instant expiresAt) {
        @Override
        public String toString() {
            return "Pending[clientId=" + clientId + "]";
        }
    }

    private final Map<String, Pending> byUser = new ConcurrentHashMap<>();
    private final SecureRandom random;
    private final Clock clock;

    public PasskeyRegistrations(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** A new challenge (base64url) for the user. */
    public String open(String poolId, String username, String clientId) {
        Instant now = clock.instant();
        byUser.values().removeIf(pending -> !now.isBefore(pending.expiresAt()));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byUser.put(key(poolId, username), new Pending(challenge, clientId, now.plusMillis(Passkeys.TIMEOUT_MILLIS)));
        return challenge;
    }

    /** The user's open challenge, used up; empty when there is none or it expired. */
    public Optional<Pending> take(String poolId, String username) {
        Pending pending = byUser.remove(key(poolId, username));
        if (pending == null || !clock.instant().isBefore(pending.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** Keyed by the stored username, as an access token names it. */
    private static String key(String poolId, String username) {
        return poolId + '\u0000' + username;
    }
}

package com.wildrydes.localpool.srp;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SRP sign-ins between InitiateAuth and RespondToAuthChallenge, keyed by their SECRET_BLOCK.
 *
 * <p>Keyed by SECRET_BLOCK rather than Session because some clients answer PASSWORD_VERIFIER without
 * the Session member. The block is random and opaque, so it works as a bearer handle: each one can be
 * taken once, and expires after a few minutes. Memory stays bounded: expired entries are purged on
 * every {@link #open}, and past the capacity the oldest sign-in is dropped (its user simply retries).
 */
public final class PendingSrpLogins {

    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    private static final int DEFAULT_CAPACITY = 100_000;

    /** Cognito's blocks are a few hundred bytes; 128 random bytes are more than unguessable. */
    private static final int SECRET_BLOCK_BYTES = 128;

    private record Pending(PendingSrpLogin login, Instant expiresAt) {
    }

    private final SecureRandom random;
    private final Clock clock;
    private final Duration lifetime;
    private final int capacity;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** SECRET_BLOCKs in the order opened (a superset of the keys of {@code pending}); guarded by itself. */
    private final Deque<String> openOrder = new ArrayDeque<>();

    public PendingSrpLogins(SecureRandom random, Clock clock) {
        this(random, clock, DEFAULT_LIFETIME, DEFAULT_CAPACITY);
    }

    /** With a smaller lifetime or capacity, for tests. */
    PendingSrpLogins(SecureRandom random, Clock clock, Duration lifetime, int capacity) {
        if (lifetime.isNegative() || lifetime.isZero() || capacity < 1) {
            throw new IllegalArgumentException("lifetime and capacity must be positive");
        }
        this.random = random;
        this.clock = clock;
        this.lifetime = lifetime;
        this.capacity = capacity;
    }

    /** Remembers a sign-in and returns its new SECRET_BLOCK (Base64) to send with the challenge. */
    public String open(PendingSrpLogin login) {
        Instant now = clock.instant();
        String secretBlock = newSecretBlock();
        synchronized (openOrder) {
            purgeExpired(now);
            while (openOrder.size() >= capacity) {
                pending.remove(openOrder.removeFirst());
            }
            pending.put(secretBlock, new Pending(login, now.plus(lifetime)));
            openOrder.addLast(secretBlock);
        }
        return secretBlock;
    }

    /** The sign-in for a SECRET_BLOCK, removed so it cannot be answered twice; empty when unknown or expired. */
    public Optional<PendingSrpLogin> take(String secretBlockBase64) {
        if (secretBlockBase64 == null) {
            return Optional.empty();
        }
        Pending taken = pending.remove(secretBlockBase64);
        if (taken == null || !clock.instant().isBefore(taken.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(taken.login());
    }

    /** How many sign-ins are waiting (expired ones included until the next purge); tests watch the purge with it. */
    int size() {
        return pending.size();
    }

    private void purgeExpired(Instant now) {
        while (!openOrder.isEmpty()) {
            String oldest = openOrder.peekFirst();
            Pending entry = pending.get(oldest);
            if (entry != null && now.isBefore(entry.expiresAt())) {
                return;
            }
            pending.remove(oldest);
            openOrder.removeFirst();
        }
    }

    private String newSecretBlock() {
        byte[] bytes = new byte[SECRET_BLOCK_BYTES];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}

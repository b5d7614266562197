package com.wildrydes.localpool.user;

import com.wildrydes.localpool.srp.PasswordVerifier;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user of a pool.
 *
 * @param poolId       the pool
 * @param username     the stored username: a UUID (equal to sub) in pools where the email is the username
 * @param sub          the user's immutable id (a UUID)
 * @param attributes   name to value, e.g. email, email_verified ("true"/"false"); sub is not repeated here
 * @param passwordHash SRP salt + verifier; never a password
 * @param status       UNCONFIRMED, CONFIRMED, ...
 * @param enabled      false when an admin disabled the user
 * @param createdAt    creation time
 * @param modifiedAt   last change
 * @param signIn       failed attempts and lockout
 * @param signedOutAt  tokens issued before this instant are revoked (GlobalSignOut); null if never
 */
public record StoredUser(String poolId, String username, String sub, Map<String, String> attributes,
        StoredPassword passwordHash, UserStatus status, boolean enabled, Instant createdAt, Instant modifiedAt,
        SignInAttempts signIn, Instant signedOutAt) {

    public StoredUser {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        signIn = signIn == null ? SignInAttempts.NONE : signIn;
    }

    /** Creates a user record, keeping the verifier in its stored form. */
    public static StoredUser create(String poolId, String username, String sub, Map<String, String> attributes,
            PasswordVerifier password, UserStatus status, Instant now) {
        return new StoredUser(poolId, username, sub, attributes, StoredPassword.of(password), status, true, now, now,
                null, null);
    }

    /** The SRP salt and verifier to check a password or an SRP proof against. */
    public PasswordVerifier password() {
        return passwordHash.toVerifier();
    }

    /** The email attribute, or null. */
    public String email() {
        return attributes.get("email");
    }

    public boolean emailVerified() {
        return "true".equals(attributes.get("email_verified"));
    }

    public StoredUser withAttribute(String name, String value, Instant now) {
        Map<String, String> changed = new LinkedHashMap<>(attributes);
        changed.put(name, value);
        return new StoredUser(poolId, username, sub, changed, passwordHash, status, enabled, createdAt, now, signIn,
                signedOutAt);
    }

    public StoredUser withStatus(UserStatus newStatus, Instant now) {
        return new StoredUser(poolId, username, sub, attributes, passwordHash, newStatus, enabled, createdAt, now, signIn,
                signedOutAt);
    }

    public StoredUser withPassword(PasswordVerifier newPassword, Instant now) {
        return new StoredUser(poolId, username, sub, attributes, StoredPassword.of(newPassword), status, enabled, createdAt, now, signIn,
                signedOutAt);
    }

    public StoredUser withEnabled(boolean nowEnabled, Instant now) {
        return new StoredUser(poolId, username, sub, attributes, passwordHash, status, nowEnabled, createdAt, now, signIn,
                signedOutAt);
    }

    public StoredUser withSignIn(SignInAttempts attempts) {
        return new StoredUser(poolId, username, sub, attributes, passwordHash, status, enabled, createdAt, modifiedAt,
                attempts, signedOutAt);
    }

    public StoredUser signedOut(Instant now) {
        return new StoredUser(poolId, username, sub, attributes, passwordHash, status, enabled, createdAt, now, signIn,
                now);
    }
}

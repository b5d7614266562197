package com.wildrydes.localpool.user;

/**
 * A user's authenticator app (TOTP, RFC 6238). AssociateSoftwareToken sets a pending secret; VerifySoftwareToken
 * with a right code makes it the secret (replacing an earlier one, as Cognito does); SetUserMFAPreference turns
 * it on. The secret is kept as given (Base32): checking a code needs it, so it cannot be hashed like a password.
 *
 * @param poolId        the pool
 * @param username      the stored username
 * @param pendingSecret the secret AssociateSoftwareToken handed out, not yet verified; null if none
 * @param secret        the verified secret; null until VerifySoftwareToken succeeded once
 * @param enabled       SoftwareTokenMfaSettings.Enabled: sign-in asks for a code (in a pool with MFA on or optional)
 * @param preferred     SoftwareTokenMfaSettings.PreferredMfa
 * @param lastTimeStep  the time step of the last code accepted, so that a code is never accepted twice; 0 if none
 */
public record SoftwareToken(String poolId, String username, String pendingSecret, String secret, boolean enabled,
        boolean preferred, long lastTimeStep) {

    public static SoftwareToken none(String poolId, String username) {
        return new SoftwareToken(poolId, username, null, null, false, false, 0);
    }

    public boolean verified() {
        return secret != null;
    }

    public SoftwareToken withPendingSecret(String newSecret) {
        return new SoftwareToken(poolId, username, newSecret, secret, enabled, preferred, lastTimeStep);
    }

    /** The pending secret becomes the secret; a code from the new secret's step is used up. */
    public SoftwareToken verifiedAt(long timeStep) {
        return new SoftwareToken(poolId, username, null, pendingSecret, enabled, preferred, timeStep);
    }

    public SoftwareToken withPreference(boolean nowEnabled, boolean nowPreferred) {
        return new SoftwareToken(poolId, username, pendingSecret, secret, nowEnabled, nowPreferred, lastTimeStep);
    }

    public SoftwareToken usedAt(long timeStep) {
        return new SoftwareToken(poolId, username, pendingSecret, secret, enabled, preferred, timeStep);
    }

    /** Secrets stay out of logs. */
    @Override
    public String toString() {
        return "SoftwareToken[poolId=" + poolId + ", username=" + username + ", verified=" + verified()
                + ", enabled=" + enabled + ", preferred=" + preferred + "]";
    }
}

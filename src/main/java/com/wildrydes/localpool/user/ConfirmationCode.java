package com.wildrydes.localpool.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A 6-digit code sent by email, kept only as a salted SHA-256 hash. Single use: the action deletes it once
 * it matched.
 *
 * @param poolId         the pool
 * @param username       the stored username it was sent for
 * @param purpose        sign-up or forgot-password
 * @param saltHex        per-code salt
 * @param hashHex        SHA-256(salt || code)
 * @param expiresAt      it no longer works from this instant
 * @param failedAttempts wrong codes entered against it so far
 */
public record ConfirmationCode(String poolId, String username, CodePurpose purpose, String saltHex, String hashHex,
        Instant expiresAt, int failedAttempts) {

    /** A freshly issued code: the plain digits to email, and what to store. */
    public record Issued(String digits, ConfirmationCode code) {
        @Override
        public String toString() {
            return "Issued[" + code + "]";
        }
    }

    public static Issued issue(String poolId, String username, CodePurpose purpose, Instant now, SecureRandom random) {
        String digits = String.format("%06d", random.nextInt(1_000_000));
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        ConfirmationCode code = new ConfirmationCode(poolId, username, purpose, HexFormat.of().formatHex(salt),
                hash(salt, digits), now.plus(purpose.validity()), 0);
        return new Issued(digits, code);
    }

    public boolean matches(String candidate) {
        byte[] expected = HexFormat.of().parseHex(hashHex);
        byte[] actual = HexFormat.of().parseHex(hash(HexFormat.of().parseHex(saltHex), candidate.trim()));
        return MessageDigest.isEqual(expected, actual);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public ConfirmationCode withFailedAttempt() {
        return new ConfirmationCode(poolId, username, purpose, saltHex, hashHex, expiresAt, failedAttempts + 1);
    }

    private static String hash(byte[] salt, String digits) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return HexFormat.of().formatHex(sha256.digest(digits.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

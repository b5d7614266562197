package com.wildrydes.localpool.action.code;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1,
 * 30-second steps from the Unix epoch, 6 digits; Cognito accepts the step before and after the current one too,
 * for clocks a little apart. Secrets are 32 random bytes, given out in Base32 (52 characters, as Cognito's).
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    public static final int WINDOW = 1;
    private static final int SECRET_BYTES = 32;

    private Totp() {
    }

    public static String newSecret(SecureRandom random) {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return Base32.encode(key);
    }

    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one time step (RFC 4226 section 5.3's dynamic truncation). */
    public static String code(byte[] key, long step, int digits, String hmac) {
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(key, hmac));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format("%0" + digits + "d", binary % (int) Math.pow(10, digits));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmac + " is part of every JDK", e);
        }
    }

    public static String code(String base32Secret, long step) {
        return code(Base32.decode(base32Secret), step, DIGITS, "HmacSHA1");
    }

    /**
     * The step within the window whose code is {@code candidate}, or -1. Every step in the window is computed and
     * compared in constant time, so the answer takes as long whichever matched.
     */
    public static long matchingStep(String base32Secret, String candidate, Instant now) {
        if (candidate == null || !candidate.matches("[0-9]{" + DIGITS + "}")) {
            return -1;
        }
        byte[] key = Base32.decode(base32Secret);
        long current = step(now);
        long found = -1;
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            byte[] expected = code(key, step, DIGITS, "HmacSHA1").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, candidate.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                found = step;
            }
        }
        return found;
    }
}

package com.wildrydes.localpool.srp;

import static com.wildrydes.srp.SrpGroup.K;
import static com.wildrydes.srp.SrpGroup.N;

import com.wildrydes.srp.SrpDerivation;
import com.wildrydes.srp.SrpGroup;
import com.wildrydes.srp.SrpHex;
import com.wildrydes.srp.SrpTimestamp;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The server side of Cognito's USER_SRP_AUTH: answers SRP_A with SALT and SRP_B, then checks the
 * PASSWORD_CLAIM_SIGNATURE the client computes from the shared key.
 *
 * <p>Why a 256-bit {@code b} is enough: the 3072-bit group offers about 128-bit security (NIST SP 800-57),
 * and the best attack on a discrete logarithm with a short exponent (Pollard's kangaroo) costs about the
 * square root of the exponent range, 2^128 for 256 bits. A longer exponent would only make each login
 * slower without making the group any stronger.
 */
public final class SrpServer {

    private static final int SECRET_EXPONENT_BYTES = 32;
    private static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

    private final SecureRandom random;
    private final Clock clock;

    public SrpServer(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /**
     * Starts an exchange for a user whose password gave {@code verifier}.
     *
     * @throws IllegalArgumentException when SRP_A is not a hex number or {@code A mod N == 0}
     *                                  (that A would make the shared key predictable)
     */
    public SrpChallenge challenge(PasswordVerifier verifier, String srpAHex) {
        BigInteger srpA = SrpHex.parse(srpAHex);
        if (srpA.mod(N).signum() == 0) {
            throw new IllegalArgumentException("SRP_A must not be a multiple of N");
        }
        Optional<SrpChallenge> challenge = Optional.empty();
        while (challenge.isEmpty()) {
            challenge = challengeWith(verifier, srpAHex, randomExponent());
        }
        return challenge.get();
    }

    /** Empty for the (astronomically unlikely) b that gives B = 0 or u = 0, which clients refuse. */
    Optional<SrpChallenge> challengeWith(PasswordVerifier verifier, String srpAHex, BigInteger b) {
        // B = (k*v + g^b) mod N
        BigInteger srpB = K.multiply(verifier.verifier()).add(SrpGroup.powG(b)).mod(N);
        BigInteger u = SrpDerivation.scramblingParameter(SrpHex.parse(srpAHex), srpB);
        if (b.signum() == 0 || srpB.signum() == 0 || u.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new SrpChallenge(b, SrpHex.unpadded(srpB), verifier.saltHex(), srpAHex));
    }

    /**
     * Checks PASSWORD_CLAIM_SIGNATURE in constant time. Checks the signature only: call
     * {@link #timestampAcceptable(String)} for the TIMESTAMP's freshness.
     *
     * @param userIdForSrp the USER_ID_FOR_SRP sent with the challenge
     * @param secretBlock  the Base64-decoded SECRET_BLOCK
     * @return false also for any missing or malformed input
     */
    public boolean verifyClaim(SrpChallenge challenge, PasswordVerifier verifier, String poolName,
            String userIdForSrp, byte[] secretBlock, String timestamp, String claimSignatureBase64) {
        if (challenge == null || verifier == null || poolName == null || userIdForSrp == null
                || secretBlock == null || timestamp == null || claimSignatureBase64 == null) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(claimSignatureBase64);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = SrpDerivation.claimSignature(sessionKey(challenge, verifier), poolName, userIdForSrp,
                secretBlock, timestamp);
        return MessageDigest.isEqual(expected, claimed);
    }

    /** The 16-byte key both sides derive: HKDF over {@code S = (A * v^u)^b mod N}. */
    static byte[] sessionKey(SrpChallenge challenge, PasswordVerifier verifier) {
        BigInteger srpA = SrpHex.parse(challenge.srpAHex());
        BigInteger u = SrpDerivation.scramblingParameter(srpA, SrpHex.parse(challenge.srpBHex()));
        return SrpDerivation.sessionKey(premasterSecret(srpA, verifier.verifier(), u, challenge.b()), u);
    }

    /** {@code S = (A * v^u)^b mod N}. */
    static BigInteger premasterSecret(BigInteger srpA, BigInteger verifier, BigInteger u, BigInteger b) {
        return srpA.multiply(verifier.modPow(u, N)).mod(N).modPow(b, N);
    }

    /** False for a malformed TIMESTAMP or one more than five minutes from this server's clock. */
    public boolean timestampAcceptable(String timestamp) {
        Instant now = clock.instant();
        return SrpTimestamp.parse(timestamp)
                .map(sent -> Duration.between(sent, now).abs().compareTo(TIMESTAMP_TOLERANCE) <= 0)
                .orElse(false);
    }

    private BigInteger randomExponent() {
        byte[] bytes = new byte[SECRET_EXPONENT_BYTES];
        random.nextBytes(bytes);
        return new BigInteger(1, bytes);
    }
}

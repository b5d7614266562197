package com.wildrydes.cognito;

import static com.wildrydes.cognito.SrpGroup.K;
import static com.wildrydes.cognito.SrpGroup.N;
import static com.wildrydes.cognito.SrpGroup.hashOfHex;
import static com.wildrydes.cognito.SrpGroup.hexHashOfText;
import static com.wildrydes.cognito.SrpGroup.padHex;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.wildrydes.srpmath.SrpHex;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One sign-in attempt's client side of Cognito's USER_SRP_AUTH: SRP_A for InitiateAuth, then the
 * PASSWORD_VERIFIER answer. Cognito's variant hashes the pool name into x and derives the session key
 * with HKDF ("Caldera Derived Key"), so a textbook SRP-6a client would not interoperate.
 */
public final class SrpClient {

    /** Cognito accepts only this exact shape: US English, UTC, day of month not zero-padded. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private static final int SECRET_BITS = 256;
    private static final byte[] KEY_INFO = "Caldera Derived Key\u0001".getBytes(UTF_8);
    private static final int KEY_BYTES = 16;

    private final String poolName;
    private final BigInteger a;
    private final BigInteger largeA;

    /** For tests that must reproduce known values; real sign-ins use {@link #start}. */
    public SrpClient(String poolName, BigInteger a) {
        this.poolName = poolName;
        this.a = a;
        this.largeA = SrpGroup.powG(a);
    }

    /** A fresh attempt with a random 256-bit secret {@code a}. */
    public static SrpClient start(String poolName, SecureRandom random) {
        SrpClient client;
        do {
            client = new SrpClient(poolName, new BigInteger(SECRET_BITS, random));
        } while (client.largeA.mod(N).signum() == 0);
        return client;
    }

    /** SRP_A as InitiateAuth sends it: unpadded lowercase hex. */
    public String srpA() {
        return SrpHex.unpadded(largeA);
    }

    /** The ChallengeResponses Cognito expects for PASSWORD_VERIFIER, computed at {@code now}. */
    public PasswordClaim answer(PasswordVerifierChallenge challenge, String password, Instant now) {
        BigInteger serverB = SrpHex.parse(challenge.srpB());
        byte[] key = derivedKey(challenge.userIdForSrp(), password, SrpHex.parse(challenge.salt()), serverB);
        String timestamp = TIMESTAMP.format(now);
        byte[] signature = HmacSha256.sign(key,
                poolName.getBytes(UTF_8),
                challenge.userIdForSrp().getBytes(UTF_8),
                Base64.getDecoder().decode(challenge.secretBlock()),
                timestamp.getBytes(UTF_8));
        return new PasswordClaim(Base64.getEncoder().encodeToString(signature), timestamp);
    }

    byte[] derivedKey(String userIdForSrp, String password, BigInteger salt, BigInteger serverB) {
        if (serverB.mod(N).signum() == 0) {
            throw new IllegalArgumentException("SRP_B is zero modulo N");
        }
        BigInteger u = scramblingParameter(serverB);
        if (u.signum() == 0) {
            throw new IllegalArgumentException("SRP scrambling parameter u is zero");
        }
        BigInteger x = privateKey(userIdForSrp, password, salt);
        return hkdf(premasterSecret(serverB, x, u), u);
    }

    /** u = H(padHex(A) | padHex(B)). */
    BigInteger scramblingParameter(BigInteger serverB) {
        return hashOfHex(padHex(largeA) + padHex(serverB));
    }

    /** x = H(padHex(salt) | H(poolName | userId | ":" | password)). */
    BigInteger privateKey(String userIdForSrp, String password, BigInteger salt) {
        return hashOfHex(padHex(salt) + hexHashOfText(poolName + userIdForSrp + ":" + password));
    }

    /** S = (B - k * g^x) ^ (a + u * x) mod N. */
    BigInteger premasterSecret(BigInteger serverB, BigInteger x, BigInteger u) {
        BigInteger base = serverB.subtract(K.multiply(SrpGroup.powG(x))).mod(N);
        return base.modPow(a.add(u.multiply(x)), N);
    }

    /** HKDF-SHA256 (RFC 5869) with ikm = padHex(S), salt = padHex(u), one block, first 16 bytes. */
    static byte[] hkdf(BigInteger premasterSecret, BigInteger u) {
        HexFormat hex = HexFormat.of();
        byte[] pseudoRandomKey = HmacSha256.sign(hex.parseHex(padHex(u)), hex.parseHex(padHex(premasterSecret)));
        return Arrays.copyOf(HmacSha256.sign(pseudoRandomKey, KEY_INFO), KEY_BYTES);
    }

    /** What Cognito's PASSWORD_VERIFIER challenge carries (ChallengeParameters). */
    public record PasswordVerifierChallenge(String userIdForSrp, String salt, String srpB, String secretBlock) {
    }

    /** PASSWORD_CLAIM_SIGNATURE and the TIMESTAMP it signs. */
    public record PasswordClaim(String signature, String timestamp) {
    }
}

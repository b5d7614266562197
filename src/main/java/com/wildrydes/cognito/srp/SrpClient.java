package com.wildrydes.cognito.srp;

import static com.wildrydes.srp.SrpGroup.K;
import static com.wildrydes.srp.SrpGroup.N;

import com.wildrydes.srp.SrpDerivation;
import com.wildrydes.srp.SrpGroup;
import com.wildrydes.srp.SrpHex;
import com.wildrydes.srp.SrpTimestamp;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * One sign-in attempt's client side of Cognito's USER_SRP_AUTH: SRP_A for InitiateAuth, then the
 * PASSWORD_VERIFIER answer. Only the client's own formula, S, is here; the conventions it shares with the
 * server (x, u, the HKDF key, the signature, the timestamp) are {@link SrpDerivation}'s and {@link SrpTimestamp}'s.
 */
public final class SrpClient {

    private static final int SECRET_BITS = 256;

    private final String poolName;
    private final BigInteger a;
    private final BigInteger largeA;

    private SrpClient(String poolName, BigInteger a) {
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

    /** An attempt with a known secret {@code a}, for tests that must reproduce known values. */
    public static SrpClient withSecret(String poolName, BigInteger a) {
        return new SrpClient(poolName, a);
    }

    /** SRP_A as InitiateAuth sends it: unpadded lowercase hex. */
    public String srpA() {
        return SrpHex.unpadded(largeA);
    }

    /** The ChallengeResponses Cognito expects for PASSWORD_VERIFIER, computed at {@code now}. */
    public PasswordClaim answer(PasswordVerifierChallenge challenge, String password, Instant now) {
        BigInteger serverB = SrpHex.parse(challenge.srpB());
        byte[] key = derivedKey(challenge.userIdForSrp(), password, SrpHex.parse(challenge.salt()), serverB);
        String timestamp = SrpTimestamp.format(now);
        byte[] signature = SrpDerivation.claimSignature(key, poolName, challenge.userIdForSrp(),
                Base64.getDecoder().decode(challenge.secretBlock()), timestamp);
        return new PasswordClaim(Base64.getEncoder().encodeToString(signature), timestamp);
    }

    byte[] derivedKey(String userIdForSrp, String password, BigInteger salt, BigInteger serverB) {
        if (serverB.mod(N).signum() == 0) {
            throw new IllegalArgumentException("SRP_B is zero modulo N");
        }
        BigInteger u = SrpDerivation.scramblingParameter(largeA, serverB);
        if (u.signum() == 0) {
            throw new IllegalArgumentException("SRP scrambling parameter u is zero");
        }
        BigInteger x = SrpDerivation.privateKey(salt, poolName, userIdForSrp, password);
        return SrpDerivation.sessionKey(premasterSecret(serverB, x, u), u);
    }

    /** S = (B - k * g^x) ^ (a + u * x) mod N. */
    BigInteger premasterSecret(BigInteger serverB, BigInteger x, BigInteger u) {
        BigInteger base = serverB.subtract(K.multiply(SrpGroup.powG(x))).mod(N);
        return base.modPow(a.add(u.multiply(x)), N);
    }

    /** What Cognito's PASSWORD_VERIFIER challenge carries (ChallengeParameters). */
    public record PasswordVerifierChallenge(String userIdForSrp, String salt, String srpB, String secretBlock) {
    }

    /** PASSWORD_CLAIM_SIGNATURE and the TIMESTAMP it signs. */
    public record PasswordClaim(String signature, String timestamp) {
    }
}

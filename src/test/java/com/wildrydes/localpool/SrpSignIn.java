package com.wildrydes.localpool;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.wildrydes.localpool.srp.SrpGroup;
import com.wildrydes.localpool.srp.SrpServer;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client half of Cognito's USER_SRP_AUTH, written from the protocol (as AWS's JavaScript AuthenticationHelper
 * computes it), so tests can sign in over the wire as a real client would.
 */
public final class SrpSignIn {

    private final BigInteger a = new BigInteger(256, new SecureRandom()).add(BigInteger.ONE);
    private final String password;

    public SrpSignIn(String password) {
        this.password = password;
    }

    public String srpA() {
        return SrpGroup.modPowG(a).toString(16);
    }

    /** The PASSWORD_VERIFIER challenge responses for the challenge parameters InitiateAuth returned. */
    public Map<String, String> answer(String poolId, Map<String, String> challenge, Instant now) {
        String poolName = poolId.substring(poolId.indexOf('_') + 1);
        String userId = challenge.get("USER_ID_FOR_SRP");
        BigInteger srpB = new BigInteger(challenge.get("SRP_B"), 16);
        BigInteger u = hashToInteger(SrpGroup.padHex(SrpGroup.modPowG(a)), SrpGroup.padHex(srpB));
        BigInteger x = hashToInteger(SrpGroup.padHex(new BigInteger(challenge.get("SALT"), 16)),
                sha256((poolName + userId + ":" + password).getBytes(UTF_8)));
        BigInteger base = srpB.subtract(SrpGroup.k.multiply(SrpGroup.modPowG(x))).mod(SrpGroup.N);
        BigInteger secret = base.modPow(a.add(u.multiply(x)), SrpGroup.N);
        byte[] key = Arrays.copyOf(hmac(hmac(SrpGroup.padHex(u), SrpGroup.padHex(secret)),
                "Caldera Derived Key\u0001".getBytes(UTF_8)), 16);
        String timestamp = SrpServer.formatTimestamp(now);
        byte[] signature = hmac(key, poolName.getBytes(UTF_8), userId.getBytes(UTF_8),
                Base64.getDecoder().decode(challenge.get("SECRET_BLOCK")), timestamp.getBytes(UTF_8));
        return Map.of("USERNAME", challenge.get("USERNAME"), "PASSWORD_CLAIM_SECRET_BLOCK", challenge.get("SECRET_BLOCK"),
                "TIMESTAMP", timestamp, "PASSWORD_CLAIM_SIGNATURE", Base64.getEncoder().encodeToString(signature));
    }

    private static BigInteger hashToInteger(byte[]... parts) {
        return new BigInteger(1, sha256(parts));
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
